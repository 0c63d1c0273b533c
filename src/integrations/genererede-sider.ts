import type { AstroIntegration } from 'astro';
import type { GenereretRute, Ruter } from './ruter.ts';

/** Registrerer siderne, der genereres fra data, med injectRoute (der er ingen pages-mappe). */
export function genereredeSider(ruter: Ruter): AstroIntegration {
  return {
    name: 'genererede-sider',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const r of Object.values(ruter) as GenereretRute[]) injectRoute({ pattern: r.pattern, entrypoint: r.entrypoint });
      },
    },
  };
}
