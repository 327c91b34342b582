import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { sniffEncoding } from '../../src/read/sniff-encoding.js';

const TSV = 'Name\tCity\tPostal Code\r\nJürgen Müller\tKöln\t50667\r\n김민준\t서울\t04524\r\n';
const bom = (hex: string, body: Buffer) => Buffer.concat([Buffer.from(hex, 'hex'), body]);

describe('sniffEncoding', () => {
  it.each([
    ['UTF-8 with BOM', bom('efbbbf', Buffer.from(TSV)), 'utf-8', 'bom'],
    ['UTF-16LE with BOM', bom('fffe', iconv.encode(TSV, 'utf-16le')), 'utf-16le', 'bom'],
    ['UTF-16BE with BOM', bom('feff', iconv.encode(TSV, 'utf-16be')), 'utf-16be', 'bom'],
    ['UTF-16LE without BOM', iconv.encode(TSV, 'utf-16le'), 'utf-16le', 'nul-pattern'],
    ['UTF-16BE without BOM', iconv.encode(TSV, 'utf-16be'), 'utf-16be', 'nul-pattern'],
    ['UTF-16LE without BOM, all Hangul but tabs and line ends', iconv.encode('이름\t주소\n김민준\t서울\n이서연\t부산\n', 'utf-16le'), 'utf-16le', 'nul-pattern'],
    ['plain ASCII', Buffer.from('name,email\nJane Doe,jane@example.com\n'), 'utf-8', 'default'],
    ['UTF-8 without BOM', Buffer.from(TSV), 'utf-8', 'detector'],
    ['CP949 from Korean Excel', iconv.encode('번호,이름,이메일,주소,서명일\r\n1,박지호,,서울,2025. 11. 01.\r\n2,정하은,,경기도 수원시,2025. 11. 01.\r\n', 'cp949'), 'cp949', 'detector'],
    ['Windows-1252 from French Excel', iconv.encode('Nom;Prénom;Ville\r\nLefèvre;Amélie;Paris\r\nCœurdevey;Joëlle;Strasbourg\r\n', 'windows-1252'), 'windows-1252', 'detector'],
    ['Windows-1252, a short Spanish line', iconv.encode('Name,City\r\nJosé Núñez,Málaga\r\n', 'windows-1252'), 'windows-1252', 'detector'],
  ])('%s', (_label, bytes, encoding, by) => {
    expect(sniffEncoding(bytes)).toEqual({ encoding, by });
  });

  it('does not hold a character cut at the end of a partial sample against UTF-8', () => {
    const bytes = Buffer.from('name\nJürgen Müller\n김민준');
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(sniffEncoding(cut, false)).toEqual({ encoding: 'utf-8', by: 'detector' });
  });
});
