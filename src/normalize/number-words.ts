// Numbers spelled as words (1–20, the tens, the hundreds) in the languages signers write addresses in, so that a
// house number typed as "dvanáct" or "tweehonderd" is seen as the number it is. Name and place cells both ask.
import { foldText } from './fold.js';

// Written as people spell them; folded once below, so "Dvanáct", "DVANACT" and "dvanact" are all the same word.
// Hundreds that are two words in a language ("dvě stě", "two hundred") are here as their parts.
const NUMBER_WORDS_BY_LANGUAGE: Record<string, string> = {
  en: `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred`,
  de: `eins ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn
    siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert einhundert
    zweihundert dreihundert vierhundert fünfhundert sechshundert siebenhundert achthundert neunhundert`,
  fr: `un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente
    quarante cinquante soixante cent cents`,
  es: `uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete
    dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento doscientos
    trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos`,
  it: `uno una due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici
    diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta novanta cento duecento
    trecento quattrocento cinquecento seicento settecento ottocento novecento`,
  pt: `um uma dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze dezesseis
    dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta quarenta cinquenta sessenta setenta oitenta
    noventa cem cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos`,
  nl: `een één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien
    achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd eenhonderd
    tweehonderd driehonderd vierhonderd vijfhonderd zeshonderd zevenhonderd achthonderd negenhonderd`,
  pl: `jeden jedna jedno dwa dwie trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście
    trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia trzydzieści
    czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt sto dwieście trzysta
    czterysta pięćset sześćset siedemset osiemset dziewięćset`,
  cs: `jeden jedna jedno dva dvě tři čtyři pět šest sedm osm devět deset jedenáct dvanáct třináct čtrnáct patnáct
    šestnáct sedmnáct osmnáct devatenáct dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát sto stě
    sta set`,
  el: `ένα ένας μία μια δύο δυο τρία τρεις τέσσερα τέσσερις πέντε έξι επτά εφτά οκτώ οχτώ εννέα εννιά δέκα έντεκα
    ένδεκα δώδεκα δεκατρία δεκατρείς δεκατέσσερα δεκαπέντε δεκαέξι δεκάξι δεκαεπτά δεκαεφτά δεκαοκτώ δεκαοχτώ
    δεκαεννέα δεκαεννιά είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα εκατό εκατόν διακόσια
    τριακόσια τετρακόσια πεντακόσια εξακόσια επτακόσια εφτακόσια οκτακόσια οχτακόσια εννιακόσια εννεακόσια`,
  sv: `en ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo
    trettio fyrtio femtio sextio sjuttio åttio nittio hundra etthundra tvåhundra trehundra fyrahundra femhundra
    sexhundra sjuhundra åttahundra niohundra`,
  da: `en et to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten tyve
    tredive fyrre halvtreds tres halvfjerds firs halvfems hundrede ethundrede tohundrede trehundrede firehundrede
    femhundrede sekshundrede syvhundrede ottehundrede nihundrede`,
  no: `en ett to tre fire fem seks sju syv åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten
    tjue tyve tretti førti femti seksti sytti åtti nitti hundre etthundre tohundre trehundre firehundre femhundre
    sekshundre sjuhundre åttehundre nihundre`,
  tr: `bir iki üç dört beş altı yedi sekiz dokuz on onbir oniki onüç ondört onbeş onaltı onyedi onsekiz ondokuz yirmi
    otuz kırk elli altmış yetmiş seksen doksan yüz ikiyüz üçyüz dörtyüz beşyüz altıyüz yediyüz sekizyüz dokuzyüz`,
  ru: `один одна одно два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать
    четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать сорок пятьдесят
    шестьдесят семьдесят восемьдесят девяносто сто двести триста четыреста пятьсот шестьсот семьсот восемьсот
    девятьсот`,
  hu: `egy kettő két három négy öt hat hét nyolc kilenc tíz tizenegy tizenkettő tizenkét tizenhárom tizennégy tizenöt
    tizenhat tizenhét tizennyolc tizenkilenc húsz harminc negyven ötven hatvan hetven nyolcvan kilencven száz kétszáz
    háromszáz négyszáz ötszáz hatszáz hétszáz nyolcszáz kilencszáz`,
  // Hindi, with the spellings with and without the nasal dot ("पाँच", "पांच") and the Urdu-leaning ones people type.
  hi: `एक दो तीन चार पाँच पांच छह छः छे सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह पन्द्रह सोलह सत्रह अठारह उन्नीस बीस
    तीस चालीस पचास साठ सत्तर अस्सी नब्बे सौ`,
  // Vietnamese writes 12 as two words ("mười hai"), 15 and 21 with their own forms ("mười lăm", "hai mươi mốt").
  vi: `một hai ba bốn năm sáu bảy tám chín mười mươi mốt lăm tư trăm linh lẻ`,
  // Korean native numbers (house numbers are read in them: "열두") and Sino-Korean ones ("십이"), 1–20 and the tens. The
  // one-syllable ones (이, 오, 한, 구…) are family names, and stay out.
  ko: `하나 다섯 여섯 일곱 여덟 아홉 열하나 열한 열둘 열두 열셋 열세 열넷 열네 열다섯 열여섯 열일곱 열여덟 열아홉 스물 스무 서른
    마흔 십일 십이 십삼 십사 십오 십육 십칠 십팔 십구 이십 삼십`,
  // Thai writes a number as one word ("สิบสอง", 12).
  th: `หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า สิบ สิบเอ็ด สิบสอง สิบสาม สิบสี่ สิบห้า สิบหก สิบเจ็ด สิบแปด สิบเก้า ยี่สิบ ร้อย`,
  ta: `ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது பத்து பதினொன்று பன்னிரண்டு பதின்மூன்று பதினான்கு
    பதினைந்து பதினாறு பதினேழு பதினெட்டு பத்தொன்பது இருபது நூறு`,
  bn: `এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ এগারো বারো তেরো চোদ্দ চৌদ্দ পনেরো ষোলো সতেরো আঠারো উনিশ কুড়ি বিশ একশো`,
  sw: `moja mbili tatu nne tano sita saba nane tisa kumi ishirini thelathini mia`,
  // Tagalog's "labing-isa" is read as its two parts.
  tl: `isa dalawa tatlo apat lima anim pito walo siyam sampu labing labindalawa labintatlo labinlima labimpito labingwalo
    labinsiyam dalawampu isandaan`,
  // Hebrew, feminine (counting, house numbers) and masculine forms, full and short spellings. "שבע" and "שמונה" are left
  // out: they end the names of Beersheba ("באר שבע") and Kiryat Shmona ("קריית שמונה"), which would read as a number.
  he: `אחת אחד שתיים שתים שניים שנים שלוש שלש שלושה שלשה ארבע ארבעה חמש חמישה שש שישה שבעה תשע תשעה עשר עשרה עשרים
    שלושים ארבעים חמישים שישים שבעים שמונים תשעים מאה מאתיים`,
  // Finnish, 1–20 as one word each, the tens and the hundreds.
  fi: `yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista kaksitoista kolmetoista
    neljätoista viisitoista kuusitoista seitsemäntoista kahdeksantoista yhdeksäntoista kaksikymmentä kolmekymmentä
    neljäkymmentä viisikymmentä kuusikymmentä seitsemänkymmentä kahdeksankymmentä yhdeksänkymmentä sata kaksisataa`,
};

const NUMBER_WORDS: ReadonlySet<string> = new Set(
  Object.values(NUMBER_WORDS_BY_LANGUAGE).flatMap((list) => list.split(/\s+/u).filter(Boolean).map(foldText)),
);

// "and" inside a hyphenated number ("vingt-et-un", "trois-cent-et-un"): a number word only between two of them.
const JOINING_WORDS: ReadonlySet<string> = new Set(['et', 'und', 'en', 'e', 'y', 'i', 'og', 'och', 've']);

/**
 * Whether one word (as typed: any case, accents or none, trailing punctuation) is a number spelled out, 1–20, a ten
 * or a hundred. A hyphenated number ("dix-sept", "twenty-one", "vingt-et-un") counts when every part is a number
 * word or an "and" between two of them.
 */
export function isNumberWord(word: string): boolean {
  const parts = foldText(word).split(' ');
  if (parts.length === 1) return NUMBER_WORDS.has(parts[0] ?? '');
  return parts.every((part, index) => NUMBER_WORDS.has(part)
    || (JOINING_WORDS.has(part) && index > 0 && index < parts.length - 1 && NUMBER_WORDS.has(parts[index + 1] ?? '')));
}
