// The header words, in English, Korean, Spanish, German and French (and for anonymity Chinese and Japanese too, since
// a signer's choice to stay unnamed must be read whatever language the form asked it in), that name each canonical field; as data.
// Spellings only need to differ after folding (case, accents, punctuation, spaces): "E-Mail" covers "email", "E_MAIL".
import type { CanonicalField } from '../types.js';

export const FIELD_ALIASES: Readonly<Record<CanonicalField, readonly string[]>> = {
  name: [
    'name', 'full name', 'your name', 'signer', 'signer name', 'signatory', 'signature name',
    '이름', '성명', '성함', '서명자', '서명자 이름', '이름 성명',
    'nombre', 'nombre completo', 'nombre y apellidos', 'nombre y apellido', 'nombres y apellidos', 'firmante',
    'vollständiger name', 'vor und nachname', 'vor und zuname', 'unterzeichner', 'unterzeichnende',
    'nom', 'nom complet', 'nom et prénom', 'prénom et nom', 'nom prénom', 'prénom nom', 'signataire',
  ],
  given: [
    'first name', 'firstname', 'given name', 'given names', 'forename', 'first',
    '名', '명',
    'nombre de pila', 'primer nombre', 'nombres',
    'vorname', 'vornamen', 'rufname',
    'prénom', 'prénoms',
  ],
  family: [
    'last name', 'lastname', 'surname', 'family name', 'last',
    '성', '성씨',
    'apellido', 'apellidos', 'primer apellido',
    'nachname', 'familienname', 'zuname',
    'nom de famille', 'nom de naissance',
  ],
  email: [
    'email', 'email address', 'e-mail', 'e-mail address', 'mail', 'mail address', 'your email',
    '이메일', '이메일 주소', '전자우편', '전자 메일', '메일', '메일 주소',
    'correo', 'correo electrónico', 'dirección de correo', 'dirección de correo electrónico', 'email personal',
    'e-mail-adresse', 'email-adresse', 'mailadresse', 'elektronische post',
    'courriel', 'adresse e-mail', 'adresse électronique', 'adresse mail', 'adresse courriel', 'mél',
  ],
  phone: [
    'phone', 'phone number', 'telephone', 'telephone number', 'tel', 'mobile', 'mobile number', 'cell', 'cell phone',
    '전화', '전화번호', '휴대폰', '휴대폰 번호', '휴대전화', '휴대전화 번호', '연락처', '핸드폰',
    'teléfono', 'número de teléfono', 'móvil', 'celular',
    'telefon', 'telefonnummer', 'handy', 'handynummer', 'mobilnummer', 'mobiltelefon',
    'téléphone', 'numéro de téléphone', 'portable', 'tél',
  ],
  street: [
    'address', 'street', 'street address', 'address line 1', 'address 1', 'address1', 'home address', 'postal address',
    '주소', '도로명 주소', '주소지', '거주지 주소', '집 주소',
    'dirección', 'domicilio', 'calle', 'dirección postal',
    'adresse', 'straße', 'strasse', 'straße und hausnummer', 'straße hausnummer', 'anschrift', 'wohnadresse',
    'rue', 'adresse postale', 'numéro et rue',
  ],
  city: [
    'city', 'town', 'city town', 'town city', 'locality', 'municipality',
    '도시', '시', '시군구', '거주지', '거주 도시', '지역 도시',
    'ciudad', 'localidad', 'municipio', 'población',
    'ort', 'stadt', 'wohnort', 'gemeinde', 'stadt ort',
    'ville', 'commune', 'localité',
  ],
  region: [
    'state', 'region', 'province', 'state province', 'state region', 'state/province', 'county state',
    '시도', '도', '주', '광역시도', '지역',
    'estado', 'provincia', 'región', 'comunidad autónoma', 'departamento',
    'bundesland', 'kanton', 'landkreis',
    'région', 'département', 'état', 'état province',
  ],
  postcode: [
    'postcode', 'post code', 'postal code', 'zip', 'zip code', 'zipcode', 'postal', 'zip postal code', 'postal zip code',
    '우편번호', '우편 번호',
    'código postal', 'cp', 'c p',
    'plz', 'postleitzahl',
    'code postal', 'npa',
  ],
  country: [
    'country', 'country code', 'country name', 'country of residence',
    '국가', '나라', '거주 국가', '국가 코드',
    'país', 'país de residencia', 'código de país',
    'land', 'staat', 'wohnland', 'ländercode',
    'pays', 'pays de résidence', 'code pays',
  ],
  date: [
    'date', 'signed on', 'date signed', 'signature date', 'signed at', 'signing date', 'created at', 'created',
    'timestamp', 'submitted at', 'submitted', 'confirmed at', 'date of signature',
    '서명일', '서명 날짜', '서명일자', '날짜', '일자', '일시', '서명 일시', '타임스탬프',
    'fecha', 'fecha de firma', 'fecha firma', 'marca temporal', 'marca de tiempo',
    'datum', 'unterschrieben am', 'datum der unterschrift', 'unterzeichnet am', 'zeitstempel',
    'date de signature', 'signé le', 'horodateur', 'horodatage',
  ],
  comment: [
    'comment', 'comments', 'message', 'your message', 'reason for signing', 'why are you signing', 'why', 'remarks', 'note', 'notes',
    '의견', '코멘트', '한마디', '남기실 말씀', '비고', '메시지', '댓글',
    'comentario', 'comentarios', 'mensaje', 'observaciones', 'motivo',
    'kommentar', 'anmerkung', 'anmerkungen', 'begründung', 'nachricht', 'bemerkung',
    'commentaire', 'commentaires', 'remarque', 'raison',
  ],
  language: [
    'language', 'lang', 'locale',
    '언어',
    'idioma', 'lengua',
    'sprache',
    'langue',
  ],
  anonymous: [
    'anonymous', 'anonymously', 'sign anonymously', 'hide my name', 'hide name', 'do not show my name', 'dont show my name',
    'do not display my name', 'keep my name private', 'private', 'anonymous signature', 'do not publish my name',
    'make my signature private', 'private signature', 'opt out of public display', 'exclude my name', 'withhold my name',
    '익명', '익명 서명', '이름 비공개', '비공개', '실명 비공개',
    'anónimo', 'anónima', 'firma anónima', 'firmar anónimamente', 'firmar de forma anónima', 'no publicar mi nombre', 'ocultar mi nombre', 'ocultar nombre', 'no mostrar mi nombre',
    'anonym', 'anonyme unterschrift', 'name verbergen', 'namen verbergen', 'nicht öffentlich', 'name nicht anzeigen', 'namen nicht anzeigen',
    'anonym unterschreiben', 'anonyme', 'signature anonyme', 'signer anonymement', 'masquer mon nom', 'ne pas afficher mon nom',
    'anoniem', 'naam verbergen', 'naam niet tonen',
    'anonymat', 'anonymement', 'privé', 'privée', 'ne pas publier mon nom', 'nom masqué', 'nom caché', 'cacher mon nom',
    'privat', 'name nicht veröffentlichen', 'namen nicht veröffentlichen', 'name ausblenden', 'anonym bleiben',
    '익명으로', '익명으로 서명', '익명 여부', '이름 숨기기', '이름 숨김', '비공개 서명', '이름 비공개 요청',
    'privado', 'privada', 'anonimato', 'anonimo', 'firma privada', 'nombre oculto',
    'stay anonymous', 'remain anonymous', 'keep me anonymous',
    'don t publish my name', 'name hidden', 'hide my identity',
    '匿名', '匿名签名', '匿名簽名', '匿名署名', '匿名で署名', '匿名希望', '非公开', '非公開', '不公开', '不公開', '不公开姓名', '不公開姓名',
    '隐藏姓名', '隱藏姓名', '姓名保密', '保密', '名前を非公開', '氏名を非公開', '名前非公開', '氏名非公開', '名前を公開しない', '氏名を公開しない',
    '名前を表示しない', '不显示姓名', '不顯示姓名', '不要公开我的名字', '不公开我的名字',
    'hide', 'opt out of public list', 'opt out of the public list', 'opt out of public listing', 'keep my signature private',
    'keep signature private', 'keep my signature hidden', 'hide my signature', 'hide from public list', 'hide from the public list',
    'hide me from the public list', 'hide me from public list', 'exclude from public list', 'exclude me from the public list',
    'exclude me from public list', 'remove me from the public list', 'do not list my name', 'not on public list',
    'анонимно', 'анонимный', 'анонимная подпись', 'подписать анонимно', 'скрыть имя', 'скрыть моё имя', 'скрыть мое имя',
    'не публиковать имя', 'не публиковать моё имя', 'не показывать имя', 'не показывать моё имя', 'приватно',
    'не публиковать', 'не показывать', 'скрыть', 'скрывать имя', 'анонимность', 'конфиденциально',
    'anon', 'anon.', 'confidential', 'keep confidential', 'keep my name confidential', 'vertraulich', 'confidencial', 'confidentiel',
    'confidentielle', '기밀', '비밀', '秘密', '保密姓名',
  ],
  birth_date: [
    'birth date', 'date of birth', 'dob', 'birthdate', 'birthday', 'born',
    '생년월일', '생일', '출생일',
    'fecha de nacimiento', 'nacimiento',
    'geburtsdatum', 'geboren am', 'geburtstag',
    'date de naissance', 'né le',
  ],
  id_number: [
    'id number', 'id no', 'identity number', 'identification number', 'national id', 'national id number',
    'personal id number', 'personal identification number', 'passport number', 'passport no', 'document number',
    'soc sec id', 'social security number', 'ssn',
    '주민등록번호', '주민번호', '신분증 번호', '여권 번호', '여권번호',
    'número de identificación', 'número de documento', 'documento de identidad', 'dni', 'nie', 'cédula', 'número de pasaporte',
    'ausweisnummer', 'personalausweisnummer', 'personalausweis nummer', 'passnummer', 'reisepassnummer',
    'numéro d identité', 'numéro de carte d identité', 'numéro de pièce d identité', 'numéro de passeport',
  ],
};

/** Headers that ask whether the signer is listed by name: consent to show it, read only as a whole header. */
export const LIST_HEADERS: readonly string[] = [
  'listed', 'list', 'listing', 'public listing', 'show on list', 'show on the list', 'show on public list', 'show on the public list',
  'on public list', 'on the public list', 'list me', 'list me publicly', 'listed on the list', 'show in list', 'show in the list',
  'listado', 'mostrar en la lista', 'aparecer en el listado', 'en la lista', 'auf der liste', 'sur la liste', 'figurer sur la liste',
  '명단 표시', '명단 표시 여부', '명단 공개 여부', '명단 게재 여부', '명단에 표시',
];

/**
 * Headers that say the signer's name MAY be shown: the inverse of `anonymous`. They map to `anonymous`
 * and the record mapper flips their value ("yes, visible" becomes anonymous "no"), so nothing downstream
 * has to know the column was worded the other way round.
 */
export const INVERTED_ANONYMOUS_ALIASES: readonly string[] = [
  'visible', 'public', 'show name', 'show my name', 'display name publicly', 'display my name', 'display my name publicly',
  'publish my name', 'show my name publicly', 'show signature', 'public signature', 'name visible', 'publicly', 'shown publicly',
  'displayed publicly', 'show publicly',
  '공개', '이름 공개', '실명 공개', '공개 여부', '이름 공개 여부',
  'público', 'pública', 'nombre visible', 'mostrar mi nombre', 'mostrar nombre', 'publicar mi firma', 'firma pública', 'visible públicamente',
  'públicamente', 'öffentlich', 'sichtbar', 'öffentlich anzeigen', 'publiquement', 'name anzeigen', 'namen anzeigen', 'name öffentlich anzeigen', 'namen öffentlich anzeigen', 'öffentlich sichtbar',
  'afficher mon nom', 'afficher le nom', 'nom visible', 'signature publique',
  'zichtbaar', 'openbaar', 'naam tonen',
  'publicly display name', 'visible publicly', 'display your name', 'show your name', 'publish your name', 'use your name',
  'list your name', 'name public', 'public name', 'show name publicly', 'include my name',
  '이름을 공개', '이름을 공개해도', '공개해도', '공개 동의', '이름 공개 동의', '실명 공개 여부', '공개 허용',
  'mostrar tu nombre', 'mostrar su nombre', 'publicar mi nombre', 'publicar tu nombre', 'nombre público', 'mostrar públicamente',
  'öffentlich zeigen', 'name zeigen', 'namen zeigen', 'name veröffentlichen', 'namen veröffentlichen',
  'publique', 'publier mon nom', 'publier votre nom', 'afficher votre nom', 'afficher publiquement', 'nom public',
  '公开', '公開', '公开姓名', '公開姓名', '显示姓名', '顯示姓名', '公开我的名字', '显示我的名字', '实名公开', '實名公開',
  '名前を公開', '氏名を公開', '名前公開', '氏名公開', '名前を表示', '氏名を表示', '名前の公開', '氏名の公開', '公開可',
  'показывать имя', 'показать имя', 'показывать моё имя', 'показывать мое имя', 'публиковать имя', 'опубликовать имя',
  'публиковать моё имя', 'публиковать мое имя', 'публиковать', 'показывать', 'публично',
  // Other wordings of "may we publish your name?" (adv14c N1): each read as consent, so "no" hides the name.
  'publish name', 'publish', 'publish my name on the list', 'consent to publish', 'consent to publish my name', 'ok to publish',
  'ok to publish name', 'ok to publish my name', 'list my name', 'list name', 'name on list', 'name on the list', 'name listed',
  'publicar nombre', 'publicar', 'publicar el nombre', 'aparecer en la lista', '명단 게재', '게재 동의', '이름 게재', '명단 공개',
  '게재', '명단 게재 동의', '이름 게재 동의', 'name veröffentlicht', 'namen veröffentlicht', 'mein name veröffentlicht',
  // "Listed: Yes/No" and its siblings (outside tester C, F8): whole headers only (classify-header's NOT_A_PHRASE), so
  // "Join mailing list" or "Remove me from public list" never read as consent.
  ...LIST_HEADERS,
];

/**
 * Headers that name a known column which is deliberately not mapped (kept in `extra`), with the reason
 * `petition inspect` gives. They are checked before any phrase search, so "Email Opt-in" never becomes the email.
 */
export const IGNORED_HEADERS: Readonly<Record<string, readonly string[]>> = {
  'serial number': ['번호', '순번', '연번', 'no', 'nr', 'nº', 'n°', 'num', 'number', '#', 'serial', 'serial number', 's n', 'número', 'nummer', 'lfd nr', 'laufende nummer', 'numéro', 'row', 'index'],
  'record id': ['id', 'uuid', 'signature id', 'signer id', 'record id', 'user id', 'response id', 'kennung'],
  'confirmation status': ['confirmed', 'confirmation', 'verified', 'status', 'email confirmed', 'bestätigt', 'confirmado', 'confirmé', '확인', '인증'],
  'petition title or id': ['petition', 'petition title', 'petition id', 'petition name', 'campaign', 'action', 'título de la petición', 'petitionstitel'],
  'opt-in or consent': [
    'email opt in', 'opt in', 'optin', 'opt out', 'newsletter', 'subscribe', 'subscribed', 'consent', 'privacy', 'privacy policy', 'gdpr',
    'can2 subscription status', 'can2 sms status', 'sms opt in', 'keep me updated', 'contact me',
    '수신 동의', '개인정보 동의', '동의', '개인정보 수집 동의', 'consentimiento', 'boletín', 'einwilligung', 'datenschutz', 'einverständnis', 'consentement',
  ],
  tags: ['tags', 'tag', 'can2 user tags', 'labels', 'groups'],
  'technical detail': ['ip', 'ip address', 'user agent', 'referrer', 'referer', 'source', 'utm source', 'utm medium', 'utm campaign', 'url', 'page'],
  'signature cell': ['signature', '서명', 'firma', 'unterschrift'],
};

/** Words that, anywhere in a longer header, mark a consent or mailing question rather than a field ("I want to receive email updates"). */
export const IGNORED_PHRASES: readonly string[] = [
  'opt in', 'opt out', 'newsletter', 'subscribe', 'consent', 'updates', 'receive', 'contact me', 'keep me informed', 'privacy', 'agree',
  '동의', 'suscribir', 'boletín', 'acepto', 'einwilligung', 'datenschutz', 'informiert', 'abonner', 'accepte',
];

/**
 * Words that name the whole name alone, but half of it when the other half has its own column:
 * "Nombre" beside "Apellidos" is the given name, "Nom" beside "Prénom" the family name, "Name" beside
 * "Vorname" (German sheets) the family name, "이름" beside "성" the given name.
 */
export const NAME_HALF_ALIASES: ReadonlyArray<{ alias: string; half: 'given' | 'family' }> = [
  { alias: 'nombre', half: 'given' },
  { alias: 'nom', half: 'family' },
  { alias: 'name', half: 'family' },
  { alias: '이름', half: 'given' },
];
