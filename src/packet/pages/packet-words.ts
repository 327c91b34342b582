// The words around the letters, in the packet's main language: the cover, the contents, page numbers, the list's
// headings and footers, and the count-only certificate. One catalog per language, so every part of a Korean packet
// speaks Korean; a language without one here reads English (the summary has its own labels, summary-labels.ts).
import { pluralForm, type PluralForms } from '../../text/counted.js';
import { primaryLanguage } from './writing-direction.js';
import { SUMMARY_LANGUAGES } from './summary-labels.js';
import { languageNamed, msg, type Message } from '../../i18n/message.js';

export interface PacketWords {
  /** Over the title on the cover. */
  petition: string;
  to: string;
  delivered: string;
  signedBy: string;
  from: string;
  contents: string;
  /** `{language}` is the letter's language, named in the packet's language. */
  coveringLetterTo: string;
  letterTo: string;
  petitionText: string;
  signatureList: string;
  certificate: string;
  /** `{n}` of `{total}`: every page of every part. */
  page: string;
  packetFingerprint: string;
  listFingerprint: string;
  /** The same labels inside a sentence (the certificate's "identified by the packet fingerprint …"). */
  packetFingerprintInText: string;
  listFingerprintInText: string;
  signers: PluralForms;
  /** The cover's count after "Signed by": people, not "signers" again. */
  people: PluralForms;
  /** A follow-up with no one new (--allow-empty): `{total}` in all, as its letters say. */
  noFurther: string;
  /** A label before its value ("To: …"): French sets a narrow no-break space before the colon, Chinese a full-width colon. */
  labelled: string;
  /** Parts of one line ("10 December 2026, Washington"). */
  comma: string;
  /** A line with a remark after it ("… (Human Rights Day)"). */
  aside: string;
  /** A follow-up's count: `{n}` new signers (the form follows it), `{total}` in all. */
  further: PluralForms;
  /** A follow-up certificate's statement: `{n}` further signers since the delivery of `{date}`, `{total}` in all. */
  furtherSince: PluralForms;
  /** The same when some further signer signed before that delivery (typed up late): counted now, not "since". */
  furtherNotIncluded: PluralForms;
  /**
   * A follow-up's signers counted in the delivery of `{date}` that the tally no longer counts (a signature withdrawn, or
   * decided on review to be the same person as another signer): the letters say it, and so do the list and certificate.
   */
  noLongerCounted: PluralForms;
  columns: Record<'number' | 'name' | 'city' | 'region' | 'postcode' | 'country' | 'date' | 'paper' | 'email' | 'phone' | 'street', string>;
  volume: string;
  signatureRange: string;
  /** A page or volume of one signature: no "35–35". */
  signatureRangeOne: string;
  /** The plural follows `{n}` ("1 anónima", "2 anónimas"). */
  anonymousNotListed: PluralForms;
  /** Left out: those who asked to be anonymous, said apart from paper signers their sheet's privacy notice kept unnamed; the plural follows `{asked}`. */
  omittedApartNotListed: PluralForms;
  /** Left out: only paper signers their sheet's privacy notice kept unnamed (none asked to be anonymous). */
  withheldNotListed: string;
  /**
   * The signers left out, in one short phrase: said in the list's header instead of the two phrases above when those
   * would leave the addressee (an official's whole style) no room and cut it.
   */
  notListedShort: PluralForms;
  noSignatures: string;
  anonymous: string;
  transliterated: string;
  /** Under a list whose entries carry the date their paper sheet was returned or printed (marked ‡), not a signing date. */
  sheetDated: string;
  peopleSigned: PluralForms;
  period: string;
  /** The signing period of a petition signed on one day: the day once, not "between it and itself". */
  periodOneDay: string;
  noPeriod: string;
  countries: PluralForms;
  /** All signers come from one country, which may be named (onlyCountryOf): `{country}` in running text. */
  countryOnly: string;
  anonymousIncluded: string;
  /** The certificate's statement of what identifies it; `{fingerprint}` is the labelled fingerprint. */
  namesNotPrinted: string;
  /** The certificate's table header. */
  signatures: string;
  share: string;
  /** A split list's volume cover: over the title (printed in capitals where the script has them). */
  volumeHeading: string;
  /** What one volume holds: `{signers}` is the `signers` form. */
  volumeHolds: string;
  volumeHoldsOne: string;
  /** The whole set: `{signatures}`, `{volumes}` and `{pages}` are the counted forms below. */
  completeList: string;
  /** `{received}` signatures, `{n}` of them repeats (the plural follows `{n}`), `{total}` people left. */
  repeatsRemoved: PluralForms;
  signatureCount: PluralForms;
  volumeCount: PluralForms;
  pageCount: PluralForms;
  /** Anonymous signers left out of the list (`{total}` is the count they are part of). */
  anonymousOmitted: PluralForms;
  withheldOmitted: PluralForms;
  anonymousListed: string;
  prepared: string;
  /** A row of a split list's contents; also what a volume of a number of signatures is called. */
  contentsVolume: string;
  contentsSignatures: string;
  contentsPages: string;
}

const EN: PacketWords = {
  petition: 'PETITION',
  to: 'To',
  delivered: 'Delivered',
  signedBy: 'Signed by',
  from: 'From',
  contents: 'Contents',
  coveringLetterTo: 'Covering letter to {to} ({language})',
  letterTo: 'Letter to {to} ({language})',
  petitionText: 'Petition text · {language}',
  signatureList: 'Signature list',
  certificate: 'Certificate of signature count',
  page: 'Page {n} of {total}',
  packetFingerprint: 'Packet fingerprint {code}',
  listFingerprint: 'List fingerprint {code}',
  packetFingerprintInText: 'the packet fingerprint {code}',
  listFingerprintInText: 'the list fingerprint {code}',
  signers: { one: '{n} signer', other: '{n} signers' },
  people: { one: '{n} person', other: '{n} people' },
  noFurther: 'no new signatures, {total} in all',
  labelled: '{label}: {value}',
  comma: ', ',
  aside: '{text} ({aside})',
  further: { '=1': 'one more person, {total} in all', other: 'a further {n} people, {total} in all' },
  furtherSince: {
    '=1': 'One more person has signed since the delivery of {date}, bringing the total to {total} signers.',
    other: 'A further {n} people have signed since the delivery of {date}, bringing the total to {total} signers.',
  },
  furtherNotIncluded: {
    '=1': 'One more person, not included in the delivery of {date}, is counted here, bringing the total to {total} signers.',
    other: 'A further {n} people, not included in the delivery of {date}, are counted here, bringing the total to {total} signers.',
  },
  noLongerCounted: {
    '=1': 'One person counted in the delivery of {date} is no longer counted: the signature was withdrawn, or found on review to be the same person as another signer.',
    other: 'Of the people counted in the delivery of {date}, {n} are no longer counted: their signatures were withdrawn, or found on review to be the same people as other signers.',
  },
  columns: { number: 'No.', name: 'Name', city: 'City', region: 'Region', postcode: 'Postcode', country: 'Country', date: 'Signed', paper: 'Paper original', email: 'Email', phone: 'Phone', street: 'Street' },
  volume: 'Volume {n} of {total}',
  signatureRange: 'signatures {first}–{last} of {total}',
  signatureRangeOne: 'signature {first} of {total}',
  anonymousNotListed: { other: '{n} anonymous, not listed' },
  omittedApartNotListed: { other: 'not listed: {asked} anonymous, {withheld} per paper sheet' },
  withheldNotListed: 'not listed: {n} per paper sheet',
  notListedShort: { other: '{n} not listed' },
  noSignatures: 'No signatures to list.',
  anonymous: 'Anonymous ({country})',
  transliterated: 'Printed in Latin letters (transliterated): no font in this list has the script this entry was written in.',
  sheetDated: 'The day the paper sheet was returned or printed; the signature itself carries no date.',
  peopleSigned: { one: 'person signed this petition.', other: 'people signed this petition.' },
  period: 'Signatures were given between {from} and {to}.',
  periodOneDay: 'Signatures were given on {date}.',
  noPeriod: 'Signing dates are not known.',
  countries: { one: 'Signers come from a single country or territory.', other: 'Signers come from {n} countries and territories.' },
  countryOnly: 'All signers come from {country}.',
  anonymousIncluded: '{n} of them asked to remain anonymous; they are included in this count.',
  namesNotPrinted: 'Names are not printed in this document. The signers counted are identified by {fingerprint} · prepared {date}.',
  signatures: 'Signatures',
  share: 'Share',
  volumeHeading: 'Signatures · Volume {n} of {total}',
  volumeHolds: 'This volume lists signatures {first} to {last} ({signers}) on pages {from} to {to}.',
  volumeHoldsOne: 'This volume lists signature {first} on pages {from} to {to}.',
  completeList: 'The complete list has {signatures} in {volumes}, {pages}.',
  repeatsRemoved: {
    one: 'The petition received {received} signatures; {n} was a repeat signature by a person already counted and was removed, leaving {people}.',
    other: 'The petition received {received} signatures; {n} were repeat signatures by people already counted and were removed, leaving {people}.',
  },
  signatureCount: { one: '{n} signature', other: '{n} signatures' },
  volumeCount: { one: '{n} volume', other: '{n} volumes' },
  pageCount: { one: '{n} page', other: '{n} pages' },
  anonymousOmitted: {
    one: '{n} signer asked to remain anonymous: they are counted in the total of {total} but not listed.',
    other: '{n} signers asked to remain anonymous: they are counted in the total of {total} but not listed.',
  },
  withheldOmitted: { one: '{n} signer from a paper sheet is counted in the total of {total} but not listed: their sheet\'s privacy notice did not allow naming them here.', other: '{n} signers from paper sheets are counted in the total of {total} but not listed: their sheet\'s privacy notice did not allow naming them here.' },
  anonymousListed: 'Signers who asked to remain anonymous are listed as "Anonymous" with their country.',
  prepared: 'prepared {date}',
  contentsVolume: 'Volume {n}',
  contentsSignatures: 'Signatures {first}–{last}',
  contentsPages: 'Pages {first}–{last}',
};

const BY_LANGUAGE: Record<string, PacketWords> = {
  en: EN,
  ko: {
    petition: '청원',
    to: '수신',
    delivered: '전달',
    signedBy: '서명자',
    from: '보내는 곳',
    contents: '목차',
    coveringLetterTo: '송부 서한: {to} ({language})',
    letterTo: '서한: {to} ({language})',
    petitionText: '청원문 · {language}',
    signatureList: '서명자 명단',
    certificate: '서명자 수 확인서',
    page: '{total}쪽 중 {n}쪽',
    packetFingerprint: '문서 식별 코드 {code}',
    listFingerprint: '명단 식별 코드 {code}',
    packetFingerprintInText: '문서 식별 코드 {code}',
    listFingerprintInText: '명단 식별 코드 {code}',
    signers: { other: '서명자 {n}명' },
    people: { other: '{n}명' },
    noFurther: '추가 서명 없음, 모두 {total}명',
    labelled: '{label}: {value}',
    comma: ', ',
    aside: '{text} ({aside})',
    further: { other: '추가 서명자 {n}명, 모두 {total}명' },
    furtherSince: { '=1': '{date} 전달 이후 한 명이 더 서명하여 서명자는 모두 {total}명입니다.', other: '{date} 전달 이후 {n}명이 추가로 서명하여 서명자는 모두 {total}명입니다.' },
    furtherNotIncluded: { other: '{date} 전달에 포함되지 않은 {n}명을 추가로 집계하여 서명자는 모두 {total}명입니다.' },
    noLongerCounted: { other: '{date} 전달 때 집계된 서명자 중 {n}명은 더 이상 집계되지 않습니다. 서명을 철회했거나, 검토 결과 다른 서명자와 같은 사람으로 확인되었습니다.' },
    columns: { number: '번호', name: '이름', city: '도시', region: '지역', postcode: '우편번호', country: '국가', date: '서명일', paper: '종이 서명지 원본', email: '이메일', phone: '전화', street: '주소' },
    volume: '{total}권 중 {n}권',
    signatureRange: '서명 {first}–{last} (모두 {total})',
    signatureRangeOne: '서명 {first} (모두 {total})',
    anonymousNotListed: { other: '익명 {n}명은 명단에 싣지 않음' },
    omittedApartNotListed: { other: '명단 제외: 익명 {asked}명, 서명지 약속 {withheld}명' },
    withheldNotListed: '명단 제외: 서명지 약속 {n}명',
    notListedShort: { other: '{n}명 명단 제외' },
    noSignatures: '명단에 실을 서명이 없습니다.',
    anonymous: '익명 ({country})',
    transliterated: '라틴 문자로 옮겨 적음: 이 명단의 글꼴에는 이 항목을 쓴 문자가 없습니다.',
    sheetDated: '종이 서명지가 회수되거나 인쇄된 날짜이며, 서명 자체에는 날짜가 없습니다.',
    peopleSigned: { other: '명이 이 청원에 서명하였습니다.' },
    period: '서명 기간: {from}부터 {to}까지.',
    periodOneDay: '서명 날짜: {date}.',
    noPeriod: '서명 날짜는 알 수 없습니다.',
    countries: { '=1': '서명자는 모두 한 국가 또는 지역에서 서명하였습니다.', other: '서명자는 {n}개 국가 및 지역에서 서명하였습니다.' },
    countryOnly: '서명자는 모두 {country}에서 서명하였습니다.',
    anonymousIncluded: '그중 {n}명은 익명을 요청하였으며, 이 수에 포함되어 있습니다.',
    namesNotPrinted: '이 문서에는 이름을 싣지 않았습니다. 집계된 서명자는 {fingerprint}로 확인할 수 있습니다 · 작성일 {date}.',
    signatures: '서명',
    share: '비율',
    volumeHeading: '서명자 명단 · {total}권 중 {n}권',
    volumeHolds: '이 권에는 서명 {first}번부터 {last}번까지({signers})를 {from}쪽부터 {to}쪽까지 실었습니다.',
    volumeHoldsOne: '이 권에는 서명 {first}번을 {from}쪽부터 {to}쪽까지 실었습니다.',
    completeList: '전체 명단: 서명 {signatures}, {volumes}, 모두 {pages}.',
    repeatsRemoved: { other: '청원에 접수된 서명 {received}건 중 이미 집계된 서명자가 다시 서명한 {n}건을 제외하여 서명자는 {people}입니다.' },
    signatureCount: { other: '{n}건' },
    volumeCount: { other: '{n}권' },
    pageCount: { other: '{n}쪽' },
    anonymousOmitted: { other: '익명을 요청한 서명자 {n}명은 모두 {total}명에 포함되어 있으나 명단에는 싣지 않았습니다.' },
    withheldOmitted: { other: '종이 서명지의 서명자 {n}명은 모두 {total}명에 포함되어 있으나 명단에는 싣지 않았습니다: 서명지의 개인정보 안내가 여기에서 이름을 밝히는 것을 허락하지 않았습니다.' },
    anonymousListed: '익명을 요청한 서명자는 이름 대신 “익명”과 국가를 실었습니다.',
    prepared: '작성일 {date}',
    contentsVolume: '{n}권',
    contentsSignatures: '서명 {first}–{last}',
    contentsPages: '{first}–{last}쪽',
  },
  zh: {
    petition: '请愿书',
    to: '致',
    delivered: '递交',
    signedBy: '签名',
    from: '发件方',
    contents: '目录',
    coveringLetterTo: '转交函：{to}（{language}）',
    letterTo: '信函：{to}（{language}）',
    petitionText: '请愿书全文 · {language}',
    signatureList: '签名者名单',
    certificate: '签名人数证明',
    page: '第{n}页，共{total}页',
    packetFingerprint: '文件识别码 {code}',
    listFingerprint: '名单识别码 {code}',
    packetFingerprintInText: '文件识别码 {code}',
    listFingerprintInText: '名单识别码 {code}',
    signers: { other: '{n}人签名' },
    people: { other: '{n}人' },
    noFurther: '无新增签名，共{total}人',
    labelled: '{label}：{value}',
    comma: '，',
    aside: '{text}（{aside}）',
    further: { other: '新增{n}人，共{total}人' },
    furtherSince: { other: '自{date}递交以来，又有{n}人签名，签名人总数达到{total}人。' },
    furtherNotIncluded: { other: '另计入{date}递交时未包括的{n}人，签名人总数达到{total}人。' },
    noLongerCounted: { other: '{date}递交时计入的签名人中，有{n}人不再计入：其签名已撤回，或经核查确认与另一位签名人为同一人。' },
    columns: { number: '序号', name: '姓名', city: '城市', region: '地区', postcode: '邮编', country: '国家', date: '签名日期', paper: '纸质原件', email: '电子邮件', phone: '电话', street: '地址' },
    volume: '第{n}册，共{total}册',
    signatureRange: '签名 {first}–{last}，共 {total}',
    signatureRangeOne: '签名 {first}，共 {total}',
    anonymousNotListed: { other: '{n}人匿名，未列出' },
    omittedApartNotListed: { other: '未列出：匿名{asked}人，按纸质签名表{withheld}人' },
    withheldNotListed: '未列出：按纸质签名表{n}人',
    notListedShort: { other: '{n}人未列出' },
    noSignatures: '没有可列出的签名。',
    anonymous: '匿名（{country}）',
    transliterated: '以拉丁字母转写：本名单的字体没有此条目所用的文字。',
    sheetDated: '纸质签名表交回或印制的日期；签名本身未注明日期。',
    peopleSigned: { other: '人在本请愿书上签名。' },
    period: '签名日期：{from}至{to}。',
    periodOneDay: '签名日期：{date}。',
    noPeriod: '签名日期不详。',
    countries: { '=1': '签名人均来自同一个国家或地区。', other: '签名人来自{n}个国家和地区。' },
    countryOnly: '签名人均来自{country}。',
    anonymousIncluded: '其中{n}人要求匿名，已计入此数。',
    namesNotPrinted: '本文件不列出姓名。所计签名人以{fingerprint} 识别 · 编制日期：{date}。',
    signatures: '签名',
    share: '比例',
    volumeHeading: '签名者名单 · 第{n}册，共{total}册',
    volumeHolds: '本册收录第{first}至{last}号签名（{signers}），见第{from}至{to}页。',
    volumeHoldsOne: '本册收录第{first}号签名，见第{from}至{to}页。',
    completeList: '完整名单共{signatures}，分{volumes}，共{pages}。',
    repeatsRemoved: { other: '本请愿共收到{received}个签名，其中{n}个是已计入的签名人重复签名，已予删除，签名人共{people}。' },
    signatureCount: { other: '{n}个签名' },
    volumeCount: { other: '{n}册' },
    pageCount: { other: '{n}页' },
    anonymousOmitted: { other: '{n}人要求匿名：已计入总数{total}人，但未列入名单。' },
    withheldOmitted: { other: '纸质签名表上的{n}名签名人已计入总数{total}人，但未列入名单：其签名表的隐私说明不允许在此列出其姓名。' },
    anonymousListed: '要求匿名的签名人以“匿名”及其国家列出。',
    prepared: '编制日期：{date}',
    contentsVolume: '第{n}册',
    contentsSignatures: '签名 {first}–{last}',
    contentsPages: '第{first}–{last}页',
  },
  es: {
    petition: 'PETICIÓN',
    to: 'Destinatario',
    delivered: 'Entrega',
    signedBy: 'Firmada por',
    from: 'Remitente',
    contents: 'Índice',
    coveringLetterTo: 'Carta de remisión a {to} ({language})',
    letterTo: 'Carta a {to} ({language})',
    petitionText: 'Texto de la petición · {language}',
    signatureList: 'Lista de firmantes',
    certificate: 'Certificado del número de firmas',
    page: 'Página {n} de {total}',
    packetFingerprint: 'Huella del paquete {code}',
    listFingerprint: 'Huella de la lista {code}',
    packetFingerprintInText: 'huella del paquete {code}',
    listFingerprintInText: 'huella de la lista {code}',
    signers: { one: '{n} firmante', other: '{n} firmantes' },
    people: { one: '{n} persona', other: '{n} personas' },
    noFurther: 'ninguna firma nueva, {total} en total',
    labelled: '{label}: {value}',
    comma: ', ',
    aside: '{text} ({aside})',
    further: { '=1': 'una persona más, {total} en total', other: '{n} personas más, {total} en total' },
    furtherSince: {
      one: 'Otra persona ha firmado desde la entrega del {date}, con lo que el total asciende a {total} firmantes.',
      other: 'Otras {n} personas han firmado desde la entrega del {date}, con lo que el total asciende a {total} firmantes.',
    },
    furtherNotIncluded: {
      one: 'Se cuenta aquí a otra persona no incluida en la entrega del {date}, con lo que el total asciende a {total} firmantes.',
      other: 'Se cuentan aquí otras {n} personas no incluidas en la entrega del {date}, con lo que el total asciende a {total} firmantes.',
    },
    noLongerCounted: {
      one: 'Una persona contada en la entrega del {date} ya no se cuenta: retiró su firma o, tras la revisión, resultó ser la misma persona que otro firmante.',
      other: 'De las personas contadas en la entrega del {date}, {n} ya no se cuentan: retiraron su firma o, tras la revisión, resultaron ser las mismas personas que otros firmantes.',
    },
    columns: { number: 'N.º', name: 'Nombre', city: 'Ciudad', region: 'Región', postcode: 'Código postal', country: 'País', date: 'Fecha', paper: 'Original en papel', email: 'Correo electrónico', phone: 'Teléfono', street: 'Dirección' },
    volume: 'Volumen {n} de {total}',
    signatureRange: 'firmas {first}–{last} de {total}',
    signatureRangeOne: 'firma {first} de {total}',
    anonymousNotListed: { one: '{n} anónima, no listada', other: '{n} anónimas, no listadas' },
    omittedApartNotListed: { one: 'sin listar: {asked} anónima, {withheld} por su hoja', other: 'sin listar: {asked} anónimas, {withheld} por su hoja' },
    withheldNotListed: 'sin listar: {n} por su hoja',
    notListedShort: { other: '{n} sin listar' },
    noSignatures: 'No hay firmas que listar.',
    anonymous: 'Anónimo ({country})',
    transliterated: 'Impreso en letras latinas (transliterado): ninguna fuente de esta lista tiene la escritura de esta entrada.',
    sheetDated: 'Día en que la hoja de firmas en papel se devolvió o se imprimió; la firma misma no lleva fecha.',
    peopleSigned: { one: 'persona firmó esta petición.', other: 'personas firmaron esta petición.' },
    period: 'Las firmas se dieron entre el {from} y el {to}.',
    periodOneDay: 'Las firmas se dieron el {date}.',
    noPeriod: 'No se conocen las fechas de las firmas.',
    countries: { one: 'Todos los firmantes proceden de un solo país o territorio.', other: 'Los firmantes proceden de {n} países y territorios.' },
    countryOnly: 'Todos los firmantes proceden de {country}.',
    anonymousIncluded: '{n} de ellas pidieron permanecer en el anonimato; están incluidas en este recuento.',
    namesNotPrinted: 'Este documento no incluye nombres. Las personas contadas se identifican con la {fingerprint} · preparado el {date}.',
    signatures: 'Firmas',
    share: 'Porcentaje',
    volumeHeading: 'Firmas · Volumen {n} de {total}',
    volumeHolds: 'Este volumen recoge las firmas {first} a {last} ({signers}) en las páginas {from} a {to}.',
    volumeHoldsOne: 'Este volumen recoge la firma {first} en las páginas {from} a {to}.',
    completeList: 'La lista completa tiene {signatures} en {volumes}, {pages}.',
    repeatsRemoved: {
      one: 'La petición recibió {received} firmas; {n} repetía la firma de una persona ya contada y se eliminó, lo que deja {people}.',
      other: 'La petición recibió {received} firmas; {n} repetían la firma de personas ya contadas y se eliminaron, lo que deja {people}.',
    },
    signatureCount: { one: '{n} firma', other: '{n} firmas' },
    volumeCount: { one: '{n} volumen', other: '{n} volúmenes' },
    pageCount: { one: '{n} página', other: '{n} páginas' },
    anonymousOmitted: {
      one: '{n} firmante pidió permanecer en el anonimato: se cuenta en el total de {total}, pero no figura en la lista.',
      other: '{n} firmantes pidieron permanecer en el anonimato: se cuentan en el total de {total}, pero no figuran en la lista.',
    },
    withheldOmitted: { one: '{n} firmante en papel se cuenta en el total de {total}, pero no figura en la lista: el aviso de privacidad de su hoja no permitía nombrarlo aquí.', other: '{n} firmantes en papel se cuentan en el total de {total}, pero no figuran en la lista: el aviso de privacidad de su hoja no permitía nombrarlos aquí.' },
    anonymousListed: 'Los firmantes que pidieron permanecer en el anonimato figuran como «Anónimo» con su país.',
    prepared: 'preparado el {date}',
    contentsVolume: 'Volumen {n}',
    contentsSignatures: 'Firmas {first}–{last}',
    contentsPages: 'Páginas {first}–{last}',
  },
  de: {
    petition: 'PETITION',
    to: 'An',
    delivered: 'Übergabe',
    signedBy: 'Unterzeichnet von',
    from: 'Absender',
    contents: 'Inhalt',
    coveringLetterTo: 'Begleitschreiben an {to} ({language})',
    letterTo: 'Schreiben an {to} ({language})',
    petitionText: 'Text der Petition · {language}',
    signatureList: 'Liste der Unterzeichnenden',
    certificate: 'Bescheinigung der Zahl der Unterschriften',
    page: 'Seite {n} von {total}',
    packetFingerprint: 'Prüfcode des Pakets {code}',
    listFingerprint: 'Prüfcode der Liste {code}',
    packetFingerprintInText: 'Prüfcode des Pakets {code}',
    listFingerprintInText: 'Prüfcode der Liste {code}',
    signers: { one: '{n} Person', other: '{n} Personen' },
    people: { one: '{n} Person', other: '{n} Personen' },
    noFurther: 'keine neuen Unterschriften, insgesamt {total}',
    labelled: '{label}: {value}',
    comma: ', ',
    aside: '{text} ({aside})',
    further: { '=1': 'eine weitere Person, insgesamt {total}', other: '{n} weitere Personen, insgesamt {total}' },
    furtherSince: {
      '=1': 'Seit der Übergabe am {date} hat eine weitere Person unterzeichnet; insgesamt sind es nun {total}.',
      other: 'Seit der Übergabe am {date} haben {n} weitere Personen unterzeichnet; insgesamt sind es nun {total}.',
    },
    furtherNotIncluded: {
      '=1': 'Hier wird eine weitere Person gezählt, die in der Übergabe am {date} nicht enthalten war; insgesamt sind es nun {total}.',
      other: 'Hier werden {n} weitere Personen gezählt, die in der Übergabe am {date} nicht enthalten waren; insgesamt sind es nun {total}.',
    },
    noLongerCounted: {
      '=1': 'Eine in der Übergabe am {date} gezählte Person wird nicht mehr gezählt: Ihre Unterschrift wurde zurückgezogen oder erwies sich bei der Prüfung als die einer anderen unterzeichnenden Person.',
      other: 'Von den in der Übergabe am {date} gezählten Personen werden {n} nicht mehr gezählt: Ihre Unterschriften wurden zurückgezogen oder erwiesen sich bei der Prüfung als die anderer Unterzeichnender.',
    },
    columns: { number: 'Nr.', name: 'Name', city: 'Ort', region: 'Region', postcode: 'PLZ', country: 'Land', date: 'Unterzeichnet', paper: 'Original auf Papier', email: 'E-Mail', phone: 'Telefon', street: 'Straße' },
    volume: 'Band {n} von {total}',
    signatureRange: 'Unterschriften {first}–{last} von {total}',
    signatureRangeOne: 'Unterschrift {first} von {total}',
    anonymousNotListed: { other: '{n} anonym, nicht aufgeführt' },
    omittedApartNotListed: { other: 'nicht aufgeführt: {asked} anonym, {withheld} laut Bogen' },
    withheldNotListed: 'nicht aufgeführt: {n} laut Bogen',
    notListedShort: { other: '{n} nicht aufgeführt' },
    noSignatures: 'Keine Unterschriften aufzuführen.',
    anonymous: 'Anonym ({country})',
    transliterated: 'In lateinischen Buchstaben wiedergegeben (transliteriert): keine Schrift dieser Liste enthält die Schrift dieses Eintrags.',
    sheetDated: 'Tag, an dem der Unterschriftenbogen zurückgegeben oder gedruckt wurde; die Unterschrift selbst trägt kein Datum.',
    peopleSigned: { one: 'Person hat diese Petition unterzeichnet.', other: 'Personen haben diese Petition unterzeichnet.' },
    period: 'Die Unterschriften wurden zwischen dem {from} und dem {to} geleistet.',
    periodOneDay: 'Die Unterschriften wurden am {date} geleistet.',
    noPeriod: 'Die Daten der Unterschriften sind nicht bekannt.',
    countries: { one: 'Alle Unterzeichnenden kommen aus einem einzigen Land oder Gebiet.', other: 'Die Unterzeichnenden kommen aus {n} Ländern und Gebieten.' },
    countryOnly: 'Land aller Unterzeichnenden: {country}.',
    anonymousIncluded: '{n} von ihnen baten darum, anonym zu bleiben; sie sind in dieser Zahl enthalten.',
    namesNotPrinted: 'Namen sind in diesem Dokument nicht abgedruckt. Die gezählten Unterzeichnenden sind durch den {fingerprint} bestimmt · erstellt am {date}.',
    signatures: 'Unterschriften',
    share: 'Anteil',
    volumeHeading: 'Unterschriften · Band {n} von {total}',
    volumeHolds: 'Dieser Band enthält die Unterschriften {first} bis {last} ({signers}) auf den Seiten {from} bis {to}.',
    volumeHoldsOne: 'Dieser Band enthält die Unterschrift {first} auf den Seiten {from} bis {to}.',
    completeList: 'Die vollständige Liste umfasst {signatures} in {volumes}, {pages}.',
    repeatsRemoved: {
      one: 'Die Petition erhielt {received} Unterschriften; {n} wiederholte die Unterschrift einer bereits gezählten Person und wurde entfernt, es bleiben {people}.',
      other: 'Die Petition erhielt {received} Unterschriften; {n} wiederholten Unterschriften bereits gezählter Personen und wurden entfernt, es bleiben {people}.',
    },
    signatureCount: { one: '{n} Unterschrift', other: '{n} Unterschriften' },
    volumeCount: { one: '{n} Band', other: '{n} Bänden' },
    pageCount: { one: '{n} Seite', other: '{n} Seiten' },
    anonymousOmitted: {
      one: '{n} Person bat darum, anonym zu bleiben: Sie ist in der Gesamtzahl von {total} enthalten, aber nicht aufgeführt.',
      other: '{n} Personen baten darum, anonym zu bleiben: Sie sind in der Gesamtzahl von {total} enthalten, aber nicht aufgeführt.',
    },
    withheldOmitted: { one: '{n} Person von einem Papierbogen ist in der Gesamtzahl von {total} enthalten, aber nicht aufgeführt: Der Datenschutzhinweis ihres Bogens erlaubt hier keine Namensnennung.', other: '{n} Personen von Papierbögen sind in der Gesamtzahl von {total} enthalten, aber nicht aufgeführt: Der Datenschutzhinweis ihrer Bögen erlaubt hier keine Namensnennung.' },
    anonymousListed: 'Wer darum bat, anonym zu bleiben, ist als „Anonym“ mit dem Land aufgeführt.',
    prepared: 'erstellt am {date}',
    contentsVolume: 'Band {n}',
    contentsSignatures: 'Unterschriften {first}–{last}',
    contentsPages: 'Seiten {first}–{last}',
  },
  fr: {
    petition: 'PÉTITION',
    to: 'Destinataire',
    delivered: 'Remise',
    signedBy: 'Signée par',
    from: 'Expéditeur',
    contents: 'Sommaire',
    coveringLetterTo: 'Lettre de transmission à {to} ({language})',
    letterTo: 'Lettre à {to} ({language})',
    petitionText: 'Texte de la pétition · {language}',
    signatureList: 'Liste des signataires',
    certificate: 'Attestation du nombre de signatures',
    page: 'Page {n} sur {total}',
    packetFingerprint: 'Empreinte du dossier {code}',
    listFingerprint: 'Empreinte de la liste {code}',
    packetFingerprintInText: 'empreinte du dossier {code}',
    listFingerprintInText: 'empreinte de la liste {code}',
    signers: { one: '{n} signataire', other: '{n} signataires' },
    people: { one: '{n} personne', other: '{n} personnes' },
    noFurther: 'aucune nouvelle signature, {total} au total',
    labelled: '{label}\u00A0: {value}',
    comma: ', ',
    aside: '{text} ({aside})',
    further: { '=1': 'une personne de plus, {total} au total', other: '{n} personnes de plus, {total} au total' },
    furtherSince: {
      '=1': 'Une personne de plus a signé depuis la remise du {date}, ce qui porte le total à {total} signataires.',
      other: '{n} personnes de plus ont signé depuis la remise du {date}, ce qui porte le total à {total} signataires.',
    },
    furtherNotIncluded: {
      '=1': 'Une personne de plus, non comprise dans la remise du {date}, est comptée ici, ce qui porte le total à {total} signataires.',
      other: '{n} personnes de plus, non comprises dans la remise du {date}, sont comptées ici, ce qui porte le total à {total} signataires.',
    },
    noLongerCounted: {
      '=1': 'Une personne comptée lors de la remise du {date} n’est plus comptée : sa signature a été retirée ou, après vérification, s’est révélée être celle d’un autre signataire.',
      other: 'Parmi les personnes comptées lors de la remise du {date}, {n} ne sont plus comptées : leurs signatures ont été retirées ou, après vérification, se sont révélées être celles d’autres signataires.',
    },
    columns: { number: 'N°', name: 'Nom', city: 'Ville', region: 'Région', postcode: 'Code postal', country: 'Pays', date: 'Signé le', paper: 'Original papier', email: 'E-mail', phone: 'Téléphone', street: 'Adresse' },
    volume: 'Volume {n} sur {total}',
    signatureRange: 'signatures {first}–{last} sur {total}',
    signatureRangeOne: 'signature {first} sur {total}',
    anonymousNotListed: { one: '{n} anonyme, non listée', other: '{n} anonymes, non listées' },
    omittedApartNotListed: { one: 'non listées : {asked} anonyme, {withheld} selon leur feuille', other: 'non listées : {asked} anonymes, {withheld} selon leur feuille' },
    withheldNotListed: 'non listées : {n} selon leur feuille',
    notListedShort: { one: '{n} non listée', other: '{n} non listées' },
    noSignatures: 'Aucune signature à lister.',
    anonymous: 'Anonyme ({country})',
    transliterated: 'Imprimé en lettres latines (translittéré) : aucune police de cette liste ne contient l’écriture de cette entrée.',
    sheetDated: 'Jour où la feuille de signatures papier a été rendue ou imprimée ; la signature elle-même ne porte pas de date.',
    peopleSigned: { one: 'personne a signé cette pétition.', other: 'personnes ont signé cette pétition.' },
    period: 'Les signatures ont été recueillies entre le {from} et le {to}.',
    periodOneDay: 'Les signatures ont été recueillies le {date}.',
    noPeriod: 'Les dates des signatures ne sont pas connues.',
    countries: { one: 'Tous les signataires viennent d’un seul pays ou territoire.', other: 'Les signataires viennent de {n} pays et territoires.' },
    countryOnly: 'Pays de tous les signataires : {country}.',
    anonymousIncluded: '{n} d’entre eux ont demandé à rester anonymes ; ils sont inclus dans ce total.',
    namesNotPrinted: 'Les noms ne figurent pas dans ce document. Les signataires comptés sont identifiés par l’{fingerprint} · établi le {date}.',
    signatures: 'Signatures',
    share: 'Part',
    volumeHeading: 'Signatures · Volume {n} sur {total}',
    volumeHolds: 'Ce volume contient les signatures {first} à {last} ({signers}), pages {from} à {to}.',
    volumeHoldsOne: 'Ce volume contient la signature {first}, pages {from} à {to}.',
    completeList: 'La liste complète compte {signatures} en {volumes}, {pages}.',
    repeatsRemoved: {
      one: 'La pétition a reçu {received} signatures ; {n} répétait la signature d’une personne déjà comptée et a été retirée, il reste {people}.',
      other: 'La pétition a reçu {received} signatures ; {n} répétaient les signatures de personnes déjà comptées et ont été retirées, il reste {people}.',
    },
    signatureCount: { one: '{n} signature', other: '{n} signatures' },
    volumeCount: { one: '{n} volume', other: '{n} volumes' },
    pageCount: { one: '{n} page', other: '{n} pages' },
    anonymousOmitted: {
      one: '{n} signataire a demandé à rester anonyme : compté dans le total de {total}, il n’est pas listé.',
      other: '{n} signataires ont demandé à rester anonymes : comptés dans le total de {total}, ils ne sont pas listés.',
    },
    withheldOmitted: { one: '{n} signataire sur papier est compté dans le total de {total}, mais n’est pas listé : l’avis de confidentialité de sa feuille ne permettait pas de le nommer ici.', other: '{n} signataires sur papier sont comptés dans le total de {total}, mais ne sont pas listés : l’avis de confidentialité de leur feuille ne permettait pas de les nommer ici.' },
    anonymousListed: 'Les signataires ayant demandé l’anonymat figurent comme « Anonyme » avec leur pays.',
    prepared: 'établi le {date}',
    contentsVolume: 'Volume {n}',
    contentsSignatures: 'Signatures {first}–{last}',
    contentsPages: 'Pages {first}–{last}',
  },
};

export function packetWords(language: string | undefined): PacketWords {
  return BY_LANGUAGE[primaryLanguage(language)] ?? EN;
}

/** The languages that have their own words here (the rest read English). */
export const PACKET_WORD_LANGUAGES = Object.keys(BY_LANGUAGE);

/** Whether `language` has its own words here, rather than reading English. */
export function hasPacketWords(language: string): boolean {
  return primaryLanguage(language) in BY_LANGUAGE;
}

/**
 * What would print in English in a packet whose main language has no words here: one sentence naming it (the
 * build warns and exits 1, as for any missing translation), or [] when the packet can speak its language.
 */
export function untranslatedPacketWords(language: string): Message[] {
  const primary = primaryLanguage(language);
  if (primary in BY_LANGUAGE && primary in SUMMARY_LANGUAGES) return [];
  const known = PACKET_WORD_LANGUAGES.filter((code) => code in SUMMARY_LANGUAGES).join(', ');
  return [msg('untranslated.packet-words', { language: languageNamed(language), known })];
}

/** Fills `{name}` slots; a slot without a value stays as written, so a slip shows instead of vanishing. */
export function fillWords(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** The plural form for `n` in the language, filled. */
export function countWords(forms: PluralForms, n: number, language: string | undefined, values: Record<string, string | number>): string {
  return fillWords(pluralForm(forms, n, primaryLanguage(language) || 'en'), values);
}

/** "Page 3 of 12", "12쪽 중 3쪽": the one page-number style of every part. */
export function pageLabel(language: string | undefined, n: number, total: number, number: (value: number) => string = String): string {
  return fillWords(packetWords(language).page, { n: number(n), total: number(total) });
}

/** "To: …", "Destinataire : …", "致：…": a label and its value, punctuated as the language does. */
export function labelled(language: string | undefined, label: string, value: string): string {
  return fillWords(packetWords(language).labelled, { label, value });
}
