// What volunteers type into a name cell for a name they could not read or that is missing: no name (adv14c N15).
// Counted, such a cell was printed in the official's list, and two of them on one sheet merged as one "person".

/** Compared after NFKC, lower case, and without spaces, brackets and quotes: "(읽을 수 없음)" is "읽을수없음". */
const PLACEHOLDERS = new Set([
  '판독불가', '판독불능', '판독안됨', '읽을수없음', '읽기어려움', '알수없음', '알아볼수없음', '이름없음', '이름미기재', '서명만있음', '서명만',
  '미기재', '미상', '불명', '없음', '무기명', '이름모름',
  'illegible', 'unreadable', 'unknown', 'noname', 'nonamegiven', 'notlegible', 'cantread', 'none', 'n/a', 'n.a.', '#n/a', 'x', 'xx', 'xxx',
  'ilegible', 'sinnombre', 'desconocido', 'nolegible', 'unleserlich', 'unbekannt', 'illisible', 'inconnu',
  '不明', '無名', '无名', '判読不能', '不詳',
]);
const SKIPPED = /[\s()[\]{}（）【】〔〕<>〈〉《》«»"'“”‘’*_~]+/gu;
/** Hangul jamo typed alone (ㅇㅇ, ㄱ): a Korean name is written in syllables, jamo alone are a placeholder or a slip. */
const JAMO_ONLY = /^[\u3131-\u318e\u1100-\u11ff]+$/u;
/** Longer text is a name (or another check's business): the longest placeholder above with its spaces and brackets. */
const MAX_LENGTH = 24;

/** Whether a name cell holds a placeholder for a name that was not read, not a name. */
export function isPlaceholderName(name: string): boolean {
  if (name === '' || name.length > MAX_LENGTH) return false;
  const compact = name.normalize('NFKC').toLowerCase().replace(SKIPPED, '');
  return PLACEHOLDERS.has(compact) || JAMO_ONLY.test(compact);
}
