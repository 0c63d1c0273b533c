import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

/** Starter Astros preview-server over dist/ på en fast testport og deler adressen med testene. */
export default async function setup(project: TestProject) {
  // En allerede kørende server (fx nginx med deploy/nginx.conf i .ci/run): TEST_BASE_URL er sitets adresse
  // inkl. understi, fx http://127.0.0.1:4480/tema1.
  if (process.env.TEST_BASE_URL) {
    project.provide('baseUrl', process.env.TEST_BASE_URL.replace(/\/$/, ''));
    return;
  }
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ mangler: kør "npm run build", før browsertestene køres.');
  }
  const port = Number(process.env.TEST_PORT ?? 4399);
  const server = await preview({ root: process.cwd(), server: { port, host: '127.0.0.1' }, logLevel: 'warn' });
  // Er porten optaget (fx af en anden kørsel), vælger serveren en anden; testene skal bruge den, den fik,
  // ikke den ønskede, ellers tester de en andens server.
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
