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
import { builtinModules } from 'node:module';

const ZOD_BESKED = 'Browserkode må ikke trække zod med; læg skemaet i src/schemas og indlæs det dynamisk ved brug.';
const UDEN_ZOD = {
  paths: [{ name: 'zod', message: ZOD_BESKED }],
  patterns: [{ group: ['zod/*', 'astro/zod'], message: ZOD_BESKED }],
};
const DOMAENE_BESKED = 'src/domain er ren: ingen filer, ingen Astro-moduler. Læs data i src/data (eller en komponent) og giv dem videre som argumenter.';
const REN_DOMAENE = {
  // Nodes indbyggede moduler med og uden "node:" (fs, path, url …) og alle Astros moduler (astro:content …).
  paths: [...builtinModules, 'astro'].map((name) => ({ name, message: DOMAENE_BESKED })),
  patterns: [{ group: ['node:*', 'astro:*', 'astro/*'], message: DOMAENE_BESKED }],
};

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
    // Domænekoden er ren: regler over data, den får som argumenter eller som JSON-import. Filer læses i
    // src/data, Astros moduler bruges i komponenter, sider og integrationer.
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { paths: REN_DOMAENE.paths, patterns: REN_DOMAENE.patterns }] },
  },
  {
    // Øerne og de fælles UI-dele (src/ui) er klientkode: zod hører til på serveren, i CLI'en og i
    // skemaerne (src/schemas), som øerne højst indlæser dynamisk, når en fil skal kontrolleres.
    files: ['src/islands/**', 'src/ui/**'],
    rules: { 'no-restricted-imports': ['error', { paths: UDEN_ZOD.paths, patterns: UDEN_ZOD.patterns }] },
  },
  {
    // Den domænekode, øerne importerer, er både ren og klientkode. ESLint lægger ikke to blokkes lister for
    // samme regel sammen (den sidste blok gælder), så begge lister står her.
    files: ['src/domain/indikator1b/**', 'src/domain/kvalitetsmodel/**', 'src/domain/oevelser/**', 'src/domain/kalibrering/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...REN_DOMAENE.paths, ...UDEN_ZOD.paths], patterns: [...REN_DOMAENE.patterns, ...UDEN_ZOD.patterns] }],
    },
  },
  prettier,
);
