/** What a production build emits for Excel: the metadata in both languages and a bundle free of React. */
import { beforeAll, describe, expect, it } from 'vitest';
import { functionDefinitions } from '../../src/functions/registry';
import { buildFunctions } from './build-functions';
import { loadFunctions, type LoadedFunctions } from './excel-runtime';

let built: LoadedFunctions;

beforeAll(() => {
  built = loadFunctions(buildFunctions());
});

const ids = functionDefinitions.map((d) => d.id);

describe('functions.json (en)', () => {
  it('lists every PERF function of the registry, by id', () => {
    expect(built.metadata.functions.map((f) => f.id)).toEqual(ids);
  });

  it('has a description and help for every parameter', () => {
    for (const f of built.metadata.functions) {
      expect(f.description, f.id).toBeTruthy();
      for (const p of f.parameters) expect(p.description, `${f.id}.${p.name}`).toBeTruthy();
    }
  });

  it('declares every parameter as any, so blanks and "40%" reach the function unchanged', () => {
    for (const f of built.metadata.functions) for (const p of f.parameters) expect(p.type, `${f.id}.${p.name}`).toBe('any');
  });

  it('lets error values in (allowErrorForDataTypeAny), so #N/A reaches the function and is named', () => {
    expect(built.metadata.allowErrorForDataTypeAny).toBe(true);
    expect(built.zhMetadata.allowErrorForDataTypeAny).toBe(true);
  });

  it('restores reserved-word parameter names (COUNTY public)', () => {
    expect(built.metadata.functions.find((f) => f.id === 'COUNTY')?.parameters.map((p) => p.name)).toContain('public');
  });

  it('spills TIERS as a matrix', () => {
    expect(built.metadata.functions.find((f) => f.id === 'TIERS')?.result?.dimensionality).toBe('matrix');
  });
});

describe('functions.zh-CN.json', () => {
  it('has the same ids, parameters and types as the English metadata', () => {
    const shape = (m: typeof built.metadata) =>
      m.functions.map((f) => ({ id: f.id, result: f.result, params: f.parameters.map((p) => [p.type, p.dimensionality, p.optional]) }));
    expect(shape(built.zhMetadata)).toEqual(shape(built.metadata));
  });

  it('names every function and parameter in Chinese, with Chinese help', () => {
    const han = /[\u4e00-\u9fff]/;
    for (const f of built.zhMetadata.functions) {
      expect(f.name, f.id).toMatch(han);
      expect(f.description, f.id).toMatch(han);
      for (const p of f.parameters) {
        expect(p.name, `${f.id}.${p.name}`).toMatch(han);
        expect(p.description, `${f.id}.${p.name}`).toMatch(han);
      }
    }
  });

  it('names ENGINEER 工程师得分', () => {
    expect(built.zhMetadata.functions.find((f) => f.id === 'ENGINEER')?.name).toBe('工程师得分');
  });
});

describe('functions.js', () => {
  it('associates exactly the functions of functions.json', () => {
    expect([...built.associated].sort()).toEqual([...ids].sort());
  });

  it('carries no React', () => {
    expect(built.bundle).not.toMatch(/react\.(transitional\.)?element|__CLIENT_INTERNALS|__SECRET_INTERNALS|react-dom/);
  });
});
