// "First name only" and "leave out my family name" as signers write them beside their name or in a comment, per
// language (verifyS2 F5): "(только имя)", "(prénom seulement)", "(名のみ)", "(성 빼고)", "only use my first name",
// "名前だけ載せてください", "只写我的名字". The tool has no first-name mode (README), and printing the name without its
// surname would still be more than the signer agreed to: the whole name is hidden, as for "nur Vorname" and "이름만".
// Written as typed (anonymity-words.ts folds them as it folds a cell); each is a whole request, read in a name cell's
// note and anywhere in a comment. To support a language, add its row here.
export const FIRST_NAME_ONLY: Record<string, string[]> = {
  en: [
    '(?:first|given|christian) names? (?:only )?(?:please|pls|plz)', 'first names? only',
    '(?:no|without|omit|leave out|drop|skip|remove|hide) (?:my |the )?(?:surname|last name|family name)s?(?: please)?',
    '(?:only|just) (?:use|print|show|list|write|put|publish|display|include|mention) (?:my |the )?(?:first|given) name(?: only)?',
    '(?:use|print|show|list|write|put|publish|display|include|mention) (?:only|just) (?:my |the )?(?:first|given) name',
    '(?:use|print|show|list|write|put|publish|display|include|mention) my (?:first|given) name only',
    "(?:please )?(?:don't|do not|dont) (?:use|print|show|list|write|publish|display|include|mention) my (?:surname|last name|family name)",
  ],
  ru: ['(?:только|лишь) (?:моё |мое )?имя(?:,? без фамилии)?', 'имя без фамилии', '(?:укажите|пишите|напишите|публикуйте|опубликуйте|покажите|оставьте) только (?:моё |мое )?имя'],
  // The apostrophe of ім'я is typed as ', ’ or ʼ.
  uk: ['(?:тільки|лише) (?:моє )?ім.?я', 'ім.?я без прізвища', 'без прізвища'],
  fr: [
    'prénom (?:seulement|uniquement)', '(?:seulement|uniquement|juste) (?:le |mon )?prénom', 'sans (?:mon |le )?nom de famille', 'pas de nom de famille',
    "(?:ne |n')(?:mettre|mettez|publier|publiez|afficher|affichez|indiquer|indiquez|écrire|écrivez) que (?:le |mon )?prénom",
  ],
  it: ['(?:solo|soltanto|solamente) (?:il )?(?:mio )?nome(?: di battesimo| proprio)?', 'nome (?:soltanto|solamente)', 'senza (?:il )?(?:mio )?cognome'],
  es: ['sin (?:mis? |el |los )?apellidos?', 'únicamente (?:el |mi )?nombre', 'nombre solamente'],
  pt: ['(?:só|apenas|somente) (?:o )?(?:meu )?(?:primeiro )?nome(?: próprio)?', 'sem (?:o )?(?:meu )?sobrenome'],
  de: ['ohne (?:meinen |den )?(?:nachnamen?|familiennamen?)', 'nur (?:mit )?(?:dem |meinem )?vornamen?'],
  nl: ['alleen (?:mijn )?voornaam', 'zonder (?:mijn )?achternaam', 'geen achternaam'],
  pl: ['tylko (?:moje )?imię', 'samo imię'],
  ja: [
    '名のみ', '名だけ', '(?:下の)?名前(?:のみ|だけ)(?:を|で)?(?:載せて|書いて|表示して|掲載して|公開して|お願いします|お願い)?(?:ください|下さい)?',
    '(?:姓|苗字|名字)(?:は|を)?(?:載せないで|書かないで|伏せて|出さないで|省いて|なしで|なし|不要)(?:ください|下さい)?',
  ],
  zh: ['(?:请|請)?(?:只|仅|僅)(?:写|寫|用|显示|顯示|列|登|留|公开|公開)?(?:我的)?名字?', '(?:请|請)?(?:不要|别|別|勿)(?:写|寫|显示|顯示|公开|公開)?(?:我的)?姓氏?'],
  ko: [
    '성 ?빼고(?: 이름만)?', '성은 ?빼(?:고|주세요|줘요|줘|주십시오|고 이름만)', '성 ?(?:제외|없이|생략)', '성은 ?(?:제외|생략)(?:해 ?주세요|해 ?주십시오)?',
    '이름만 ?(?:써|적어|표시해|기재해|공개해|남겨|올려|넣어)(?: ?주세요| ?주십시오| ?줘요| ?줘)?',
  ],
};
