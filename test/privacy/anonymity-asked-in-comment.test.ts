// A signer who asks for anonymity in the comment box, where an online form without an anonymity tick leaves them
// to write it (adv-s9 D8): "Please do not publish my name, my family is in the North" was listed by name, exit 0.
// The request hides the name and a warning names the row, so the organizer decides; a comment about privacy in
// general is no request.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import type { RawSignature } from '../../src/types.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(comment: string) {
  const normalizer = createNormalizer({ source: 'export.csv' });
  const raw: RawSignature = { source: 'export.csv', row: 4, line: 5, fields: { name: 'Kim Ask', comment }, extra: {} };
  return { sig: normalizer.normalize(raw), problems: normalizer.problems() };
}

describe('an anonymity request in the comment column', () => {
  it.each([
    'Please do not publish my name, my family is in the North', '이름은 비공개로 해주세요', 'no publiquen mi nombre',
    'bitte meinen Namen nicht veröffentlichen', "Don't show my name please", 'please DO NOT print my full name.',
    'I would like to remain anonymous', 'Keep me anonymous', 'Sign me as anonymous please', 'Anonymous please', 'anonymous',
    'Please withhold my name', 'Hide my name', 'My name should not be published', 'Please keep my name private',
    'My family is still in North Korea, so no name please', 'Not my real name in public please — do not list my name',
    '익명으로 해주세요', '익명 희망', '익명으로 서명합니다', '비공개', '(비공개 요청)', '제 이름은 공개하지 말아 주세요', '이름 빼주세요',
    '북에 가족이 있어서 이름을 밝히지 말아주세요', '실명 공개 원치 않습니다', '이름이 나오지 않게 해주세요', '제 이름 가려주세요',
    'Por favor, no publiquen mi nombre', 'no quiero que aparezca mi nombre', 'Prefiero permanecer anónima', 'mi nombre en privado por favor',
    'Firmo de forma anónima', 'Bitte nicht mit meinem Namen', 'Ich möchte anonym bleiben', 'ohne meinen Namen bitte',
    'Ne publiez pas mon nom svp', "Je souhaite rester anonyme", 'sans mon nom', 'Non pubblicate il mio nome', 'Vorrei restare anonima',
    'Please keep my signature private', 'I sign anonymously', 'Publicar sin nombre', 'Ohne Namen veröffentlichen', 'Signer anonymement',
    'Por favor não publiquem o meu nome', 'Prefiro ficar anônimo', '名前を公開しないでください（匿名希望）', '请不要公开我的名字',
  ])('%j hides the name with a warning naming the row and the comment column', (comment) => {
    const { sig, problems } = read(comment);
    expect(sig.anonymous).toBe(true);
    expect(sig.name).toBe('Kim Ask');
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([['anonymity_in_comment', 4, 'comment']]);
  });

  it.each([
    'China must respect privacy', 'Good luck', 'Stop forced repatriation now!', 'My name is Kim and I stand with the refugees',
    "I'm not afraid to show my name", 'Publish my name, I am proud to sign', 'Privacy and safety for North Korean refugees',
    'Anonymous sources report mass deportations', '탈북자들의 사생활을 보호하라', '중국은 강제북송을 중단하라', '제 이름을 걸고 서명합니다',
    '탈북자 이름이 공개되면 위험합니다', 'No a la repatriación forzosa', 'Mi nombre es Ana y apoyo la petición', 'Nie wieder!',
    'Je signe avec mon nom', '名前を公開してください', '匿名性を守れ', 'I signed with my name', 'Sin miedo, con mi nombre', 'My name is Ana, no more deportations', 'Mi nombre es Ana, no más deportaciones', 'Il mio nome è Lia', 'Meu nome é João', '', 'Private prisons in China are a disgrace',
  ])('%j is no request', (comment) => {
    const { sig, problems } = read(comment);
    expect(sig.anonymous).toBe(false);
    expect(problems).toEqual([]);
  });

  it('the tester\'s file: the two requests are hidden, the rest printed, exit 1 with the rows named', async () => {
    const input = join(dir, 'comment-ask.csv');
    writeFileSync(input, [
      'name,email,country,comment',
      'Kim Ask,ka@ex.example,KR,"Please do not publish my name, my family is in the North"',
      '이부탁,lb@ex.kr,KR,이름은 비공개로 해주세요',
      'Ann Open,ao@ex.example,US,Good luck',
    ].join('\n') + '\n');
    const merged = join(dir, 'ca.csv');
    const result = await runMain(['dedupe', input, '-o', merged]);
    expect(result.code).toBe(1);
    expect(readCsv(merged).map((r) => [r.name, r.anonymous])).toEqual([['Kim Ask', 'yes'], ['이부탁', 'yes'], ['Ann Open', 'no']]);
    expect(result.stderr).toMatch(/column "comment".*2 comments ask for the signer's name to be hidden.*rows 1, 2/);
  });
});
