// @ts-check
/**
 * ESLint (flat config): JavaScript-, TypeScript- og Astro-reglernes anbefalede sæt, tilgængelighed i
 * JSX (Preact-øer og .astro) og hooks-reglerne, som gælder for Preacts hooks som for Reacts.
 * Formatering er Prettiers opgave (eslint-config-prettier slår de regler fra, der ville strides med den).
 */
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', '.bygfejl-*/', '.bench-*/', '.bench/', 'public/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Ubrugte navne med _ foran er bevidste (fx parametre, en signatur kræver).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Øerne, de fælles UI-dele (src/ui) og den domænekode, de importerer, er klientkode: zod hører til på
    // serveren, i CLI'en og i skemaerne (src/schemas), som øerne højst indlæser dynamisk, når en fil skal kontrolleres.
    files: ['src/islands/**', 'src/ui/**', 'src/domain/indikator1b/**', 'src/domain/kvalitetsmodel/**', 'src/domain/oevelser/**', 'src/domain/kalibrering/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Browserkode må ikke trække zod med; læg skemaet i src/schemas og indlæs det dynamisk ved brug.' }],
          patterns: [{ group: ['zod/*'], message: 'Browserkode må ikke trække zod med; læg skemaet i src/schemas og indlæs det dynamisk ved brug.' }],
        },
      ],
    },
  },
  prettier,
);
