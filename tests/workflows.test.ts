/**
 * The GitHub Actions workflows are code nobody runs locally: check what can
 * be checked here. They parse, every npm script they name exists, Node comes
 * from .nvmrc, and the Pages deployment has the permissions it needs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.github/workflows');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines?: { node?: string } };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: unknown;
  permissions?: Record<string, string> | string;
  environment?: { name?: string } | string;
  needs?: string | string[];
  env?: Record<string, unknown>;
  steps?: Step[];
}
interface Workflow {
  name?: string;
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string>;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
const workflows = new Map<string, Workflow>(
  files.map((f) => {
    const doc = parseDocument(readFileSync(join(DIR, f), 'utf8'), { uniqueKeys: true });
    if (doc.errors.length) throw new Error(`${f}: ${doc.errors[0]!.message}`);
    return [f, doc.toJS() as Workflow];
  }),
);
const allSteps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);
const triggers = (w: Workflow) => (typeof w.on === 'string' ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on));

/** Every npm script a shell snippet runs: "npm run x", "npm run-script x", "npm test", "npm start". */
function npmScriptsIn(run: string): string[] {
  const names: string[] = [];
  for (const m of run.matchAll(/\bnpm\s+(?:run(?:-script)?|rum|urn)\s+(?:--?[\w-]+(?:=\S+)?\s+)*([^\s;&|'"]+)/g)) names.push(m[1]!);
  for (const m of run.matchAll(/\bnpm\s+(test|t|tst|start|stop|restart)\b/g)) names.push(m[1] === 't' || m[1] === 'tst' ? 'test' : m[1]!);
  return names;
}

describe('npmScriptsIn', () => {
  it('finds the scripts a run step names', () => {
    expect(npmScriptsIn('npm install --no-audit\nnpm run check -- --only links\nnpm test && npm run --silent build')).toEqual(['check', 'build', 'test']);
    expect(npmScriptsIn('npm ci')).toEqual([]);
  });
});

describe('.github/workflows', () => {
  it('exist and parse as YAML with triggers and jobs', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const [file, w] of workflows) {
      expect(w.on, file).toBeTruthy();
      expect(Object.keys(w.jobs ?? {}).length, file).toBeGreaterThan(0);
      for (const [id, job] of Object.entries(w.jobs)) {
        expect(job['runs-on'], `${file} ${id}`).toBeTruthy();
        expect(job.steps?.length, `${file} ${id}`).toBeGreaterThan(0);
        for (const need of [job.needs ?? []].flat()) expect(Object.keys(w.jobs), `${file} ${id} needs ${need}`).toContain(need);
        for (const step of job.steps ?? []) {
          expect(Boolean(step.uses) !== Boolean(step.run), `${file} ${id}: a step has exactly one of uses/run`).toBe(true);
          if (step.uses) expect(step.uses, `${file} ${id}`).toMatch(/^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[\w.-]+$/);
        }
      }
    }
  });

  it('name only npm scripts that exist in package.json, and never npm ci', () => {
    const named = new Set<string>();
    for (const [file, w] of workflows) {
      for (const step of allSteps(w)) {
        if (!step.run) continue;
        expect(step.run, `${file}: npm ci fails against this registry; use npm install`).not.toMatch(/\bnpm\s+ci\b/);
        for (const s of npmScriptsIn(step.run)) {
          named.add(s);
          expect(Object.keys(pkg.scripts), `${file} runs "npm run ${s}"`).toContain(s);
        }
      }
    }
    // The gates the project promises on pull requests.
    expect([...named]).toEqual(expect.arrayContaining(['check', 'test', 'build']));
  });

  it('take Node from .nvmrc, which names the pinned major version', () => {
    const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
    expect(nvmrc).toMatch(/^v?\d+/);
    const major = nvmrc.replace(/^v/, '').split('.')[0]!;
    expect(pkg.engines?.node ?? '').toContain(major);
    let setups = 0;
    for (const [file, w] of workflows) {
      for (const step of allSteps(w)) {
        if (!step.uses?.startsWith('actions/setup-node@')) continue;
        setups++;
        expect(step.with?.['node-version-file'], file).toBe('.nvmrc');
        expect(step.with?.['node-version'], `${file}: one source of truth for the Node version`).toBeUndefined();
      }
      // A job that runs npm sets Node up first.
      for (const [id, job] of Object.entries(w.jobs)) {
        const steps = job.steps ?? [];
        const firstNpm = steps.findIndex((s) => /\bnpm\b/.test(s.run ?? ''));
        if (firstNpm < 0) continue;
        const setup = steps.findIndex((s) => s.uses?.startsWith('actions/setup-node@'));
        expect(setup, `${file} ${id}: setup-node before npm`).toBeGreaterThanOrEqual(0);
        expect(setup, `${file} ${id}: setup-node before npm`).toBeLessThan(firstNpm);
      }
    }
    expect(setups).toBeGreaterThanOrEqual(2);
  });

  it('check, test and build pull requests, installing chromium for the browser tests', () => {
    const pr = [...workflows.entries()].filter(([, w]) => triggers(w).includes('pull_request'));
    expect(pr.length).toBeGreaterThan(0);
    const runs = pr.flatMap(([, w]) => allSteps(w).map((s) => s.run ?? '')).join('\n');
    expect(runs).toMatch(/apt-get install[^\n]*(?:\\\n[^\n]*)*\bchromium\b/);
    const order = ['npm install', 'npm run check', 'npm run build', 'npm test'].map((c) => runs.indexOf(c));
    expect(order.every((i) => i >= 0), 'install, check, build and test are all run').toBe(true);
    // The ingest --check gate must run before the build, which rewrites content/articles.
    expect(order[1]).toBeLessThan(order[2]!);
  });

  it('deploy main to GitHub Pages with the permissions Pages needs', () => {
    const deploys = [...workflows.entries()].filter(([, w]) => allSteps(w).some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    expect(deploys.length).toBe(1);
    const [file, w] = deploys[0]!;
    expect(triggers(w), file).toContain('push');
    const on = w.on as { push?: { branches?: string[] } };
    expect(on.push?.branches, file).toEqual(['main']);

    const [deployId, deployJob] = Object.entries(w.jobs).find(([, j]) => (j.steps ?? []).some((s) => s.uses?.startsWith('actions/deploy-pages@')))!;
    const perms = { ...(w.permissions ?? {}), ...(typeof deployJob.permissions === 'object' ? deployJob.permissions : {}) };
    expect(perms.pages, `${file} ${deployId}`).toBe('write');
    expect(perms['id-token'], `${file} ${deployId}`).toBe('write');
    const env = typeof deployJob.environment === 'string' ? deployJob.environment : deployJob.environment?.name;
    expect(env).toBe('github-pages');

    const upload = allSteps(w).find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload, `${file} uploads the site`).toBeTruthy();
    expect(upload!.with?.path).toBe('dist');
    const uploadJob = Object.entries(w.jobs).find(([, j]) => (j.steps ?? []).includes(upload!))![0];
    expect([deployJob.needs ?? []].flat()).toContain(uploadJob);

    // The build knows the project sub-path it is served under.
    const build = allSteps(w).find((s) => /\bnpm run build\b/.test(s.run ?? ''))!;
    const buildEnv = { ...(w.env ?? {}), ...(w.jobs[uploadJob]!.env ?? {}), ...(build.env ?? {}) };
    expect(buildEnv).toHaveProperty('SITE_URL');
    expect(buildEnv).toHaveProperty('BASE_PATH');
  });

  it('the pull-request template asks for the source URL', () => {
    const template = readFileSync(join(ROOT, '.github/pull_request_template.md'), 'utf8');
    expect(template).toMatch(/Source URL/);
    expect(template).toMatch(/Đường dẫn nguồn/);
  });
});
