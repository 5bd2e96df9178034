import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueLoadError, loadSchemeFiles, parseSchemeYaml } from '../../src/catalogue/load-files.js';

const reference = readFileSync('schemes/business/productivity-solutions-grant.yaml', 'utf8');
const FILE = 'schemes/business/productivity-solutions-grant.yaml';

function problemsOf(source: string, file = FILE) {
  return parseSchemeYaml(source, file).problems;
}

describe('scheme files: a bad file is rejected with its file, line and field', () => {
  it('accepts the reference file', () => {
    expect(problemsOf(reference)).toEqual([]);
  });

  it('rejects a wrong type', () => {
    const problems = problemsOf(reference.replace('type: grant', 'type: lottery'));
    expect(problems).toEqual([expect.objectContaining({ file: FILE, path: 'type', line: 5 })]);
    expect(problems[0]!.message).toMatch(/grant/);
  });

  it('rejects an unknown field, naming it', () => {
    const problems = problemsOf(reference.replace('status: active', 'status: active\nbudget: 100'));
    expect(problems).toEqual([expect.objectContaining({ path: 'budget', message: 'is not a known field' })]);
  });

  it('rejects an unknown operator, with the dotted path into the criteria', () => {
    const problems = problemsOf(reference.replace('op: gte, value: 30', 'op: atleast, value: 30'));
    expect(problems).toEqual([expect.objectContaining({ path: 'eligibility.all.1.op' })]);
    expect(problems[0]!.line).toBeGreaterThan(50);
  });

  it('rejects an unknown profile field and a value of the wrong kind', () => {
    expect(problemsOf(reference.replace('field: localShareholdingPct', 'field: shareholding'))).toEqual([
      expect.objectContaining({ path: 'eligibility.all.1.field' }),
    ]);
    expect(problemsOf(reference.replace('op: gte, value: 30', 'op: gte, value: "thirty"'))).toEqual([
      expect.objectContaining({ path: 'eligibility.all.1.value', message: 'must be a number' }),
    ]);
  });

  it('rejects a missing English name', () => {
    const problems = problemsOf(reference.replace('  en: Productivity Solutions Grant\n', ''));
    expect(problems).toEqual([expect.objectContaining({ path: 'name.en' })]);
  });

  it('rejects an id that is not the file name, and a scheme in the wrong audience folder', () => {
    expect(problemsOf(reference, 'schemes/business/psg.yaml')).toEqual([expect.objectContaining({ path: 'id' })]);
    expect(problemsOf(reference, 'schemes/individual/productivity-solutions-grant.yaml')).toEqual([
      expect.objectContaining({ path: 'audience' }),
    ]);
  });

  it('rejects criteria on a field of the other audience', () => {
    const problems = problemsOf(reference.replace('field: employees, op: lte, value: 200', 'field: age, op: lte, value: 60'));
    expect(problems).toEqual([expect.objectContaining({ path: 'eligibility.all.2.any.1.field' })]);
  });

  it('reports YAML syntax errors with a line', () => {
    const problems = problemsOf('id: x\nname: [unclosed\n');
    expect(problems[0]).toEqual(expect.objectContaining({ file: FILE, line: expect.any(Number) }));
    expect(problems[0]!.message).toMatch(/^YAML/);
  });

  it('loadSchemeFiles lists every problem of a folder in one error', () => {
    const root = mkdtempSync(join(tmpdir(), 'schemes-'));
    mkdirSync(join(root, 'business'));
    writeFileSync(join(root, 'business', 'productivity-solutions-grant.yaml'), reference.replace('type: grant', 'type: nope'));
    writeFileSync(join(root, 'business', 'other.yaml'), 'id: other\n');
    try {
      loadSchemeFiles(root);
      expect.fail('expected a CatalogueLoadError');
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueLoadError);
      const message = (error as Error).message;
      expect(message).toMatch(/productivity-solutions-grant\.yaml:5 type:/);
      expect(message).toMatch(/other\.yaml.* agency:/);
    }
  });
});
