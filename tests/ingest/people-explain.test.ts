/**
 * --explain for chairs: each "chủ trì" with whom it took and by which rule,
 * or why it took nobody; each other person named beside it with the role
 * that kept them out. The fixture is a provincial conference story with a
 * chair list, an attendee, a lead agency, a moderator and a concluding speech.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainChairs } from '../../src/lib/ingest/people/explain.ts';
import { body, ROOT } from '../fixtures/people/blocks.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/people/explain-gialai-quy-dinh-214.txt');

describe('explainChairs', () => {
  it('names the rule of each chair taken', () => {
    const [p] = explainChairs(body('Hội nghị diễn ra dưới sự chủ trì của đồng chí Nguyễn Thị Hồng, Chủ tịch HĐND tỉnh.'));
    expect(p!.verbs).toEqual([{ verb: 'chủ trì', taken: [{ name: 'Nguyễn Thị Hồng', role: 'chủ trì', rule: 'su-chu-tri-cua', ruleText: '"dưới sự chủ trì của X"' }] }]);
  });

  it('says why a verb took nobody', () => {
    const [p] = explainChairs(body('Đồng chí Phạm Văn Lợi, Giám đốc Sở Nội vụ được giao chủ trì xây dựng đề án.'));
    expect(p!.verbs[0]!.taken).toEqual([]);
    expect(p!.verbs[0]!.reason).toMatch(/task assigned/);
    expect(p!.others).toEqual([{ name: 'Phạm Văn Lợi', reason: 'named, but no rule ties the name to "chủ trì"' }]);
  });

  it('says what the others named did: attend, moderate, conclude, sign', () => {
    const text =
      'Đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư chủ trì; đồng chí Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương dự. Đồng chí Lê Văn Ba, Phó Chủ tịch UBND tỉnh điều hành phiên thảo luận. Kết luận hội nghị, đồng chí Trần Cẩm Tú nhấn mạnh. Đồng chí Nguyễn Văn Cường, Chánh Văn phòng Tỉnh ủy đã ký thông báo.';
    const [p] = explainChairs(body(text));
    expect(p!.verbs.flatMap((v) => v.taken.map((t) => t.name))).toEqual(['Trần Cẩm Tú']);
    expect(p!.others).toEqual([
      { name: 'Lê Minh Hưng', reason: 'not taken here: attends ("dự")' },
      { name: 'Lê Văn Ba', reason: 'not taken here: moderates ("điều hành")' },
      { name: 'Trần Cẩm Tú', reason: 'not taken here: concludes ("Kết luận")' },
      { name: 'Nguyễn Văn Cường', reason: 'not taken here: signs ("ký")' },
    ]);
  });

  it('leaves out paragraphs with no chair verb and no role word', () => {
    expect(explainChairs(body('Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy nhấn mạnh yêu cầu.'))).toEqual([]);
  });
});

describe('npm run ingest -- --explain', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), '--explain', FIXTURE], { cwd: ROOT, encoding: 'utf8' });

  it('prints whole lines, however long', () => {
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Cùng dự có đồng chí Lê Văn Bảy, Trưởng Ban Tổ chức Tỉnh ủy.   ← first paragraph');
  });

  it('prints each chair candidate with the phrase and the rule', () => {
    expect(r.stdout).toContain('"chủ trì" → Hồ Văn Niên: taken as chủ trì, rule introducer:');
    expect(r.stdout).toContain('"chủ trì" → Châu Ngọc Tuấn: taken as chủ trì, rule introducer:');
    expect(r.stdout).toContain('Lê Văn Bảy: not taken here: attends ("Cùng dự")');
    expect(r.stdout).toContain('"chủ trì" → nobody: the lead agency of a joint effort ("chủ trì, phối hợp")');
    expect(r.stdout).toContain('Rah Lan Chung: not taken here: moderates ("điều hành")');
  });
});
