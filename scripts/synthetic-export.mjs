// A synthetic petition export for benchmarks: several scripts, about 8% duplicates (same email in another case,
// Gmail dots and +tags), deterministic from a seed. Written with plain node so it runs before any build.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const GIVEN = ['James', 'María', 'Jürgen', 'Amélie', 'Олег', 'Ελένη', 'Minjun', 'Seo-yeon', 'Wei', 'Haruto', 'Søren', 'Zoë', 'Łukasz', 'Chloé', 'Ana', 'John', 'Fatima', 'Nguyễn', 'Aroha', 'Ivan'];
const FAMILY = ['Smith', 'García', 'Müller', 'Dubois', 'Иванов', 'Παπαδόπουλος', 'Kim', 'Park', 'Wang', 'Sato', 'Ørsted', 'Brontë', 'Wałęsa', 'Ordóñez', 'Silva', 'Lee', 'Khan', 'Tran', 'Ngata', 'Petrov'];
const HANGUL_FAMILY = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'];
const HANGUL_GIVEN = ['민준', '서연', '도윤', '하은', '지호', '수아', '예준', '지우', '시우', '서윤'];
const HAN = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨帆', '黄磊', '赵丽', '周杰', '吴刚'];
const PLACES = [
  ['Seoul', '04524', 'KR'], ['Busan', '48058', 'KR'], ['Chicago', '60601', 'US'], ['Woodstock', '60098', 'US'],
  ['Madrid', '28013', 'ES'], ['Berlin', '10117', 'DE'], ['Paris', '75001', 'FR'], ['London', 'SW1A 1AA', 'GB'],
  ['Москва', '101000', 'RU'], ['Αθήνα', '10558', 'GR'], ['Tokyo', '100-0001', 'JP'], ['北京', '100000', 'CN'],
];

/** mulberry32: a small seeded generator, so every script that makes data makes the same data from the same seed. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function person(i, rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const script = rnd();
  let name;
  if (script < 0.15) name = pick(HANGUL_FAMILY) + pick(HANGUL_GIVEN);
  else if (script < 0.22) name = pick(HAN);
  else name = `${pick(GIVEN)} ${pick(FAMILY)}`;
  const [city, postcode, country] = pick(PLACES);
  const domain = rnd() < 0.4 ? 'gmail.com' : pick(['example.org', 'mail.kr', 'posteo.de', 'yahoo.es']);
  const email = `user${i}.x@${domain}`;
  return { name, email, city, postcode, country };
}

/** Writes `rows` rows to `path`; returns how many are duplicates by construction. */
export async function writeSyntheticExport(path, rows, seed = 2012) {
  const rnd = seededRandom(seed);
  const out = createWriteStream(path);
  out.write('Name,Email,City,Postal Code,Country,Signed On\n');
  const people = [];
  let duplicates = 0;
  const start = Date.UTC(2013, 0, 1);
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    let p;
    if (people.length > 100 && rnd() < 0.08) {
      p = { ...people[Math.floor(rnd() * people.length)] };
      const [local, domain] = p.email.split('@');
      p.email = domain === 'gmail.com' ? `${local.replace('.', '')}+petition@googlemail.com` : `${local}@${domain}`.toUpperCase();
      duplicates++;
    } else {
      p = person(i, rnd);
      if (people.length < 200000) people.push(p);
      else people[Math.floor(rnd() * people.length)] = p;
    }
    const signed = new Date(start + Math.floor((i / rows) * 340 * 86400000)).toISOString().replace('T', ' ').slice(0, 19);
    buffer += `${p.name},${p.email},${p.city},${p.postcode},${p.country},${signed}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return { rows, duplicates };
}
