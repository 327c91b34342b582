// Names as the signers of a petition about North Korean refugees carry them: Korean (Hangul and its romanizations),
// Chinese (Han and pinyin or Wade–Giles), Japanese, English, Spanish, German and French. Weights are rough shares
// of the population, so common names are common here too and namesakes happen as often as they do in life.

/** Korean family names: Hangul, share in % (2015 census, rounded), romanizations (the usual one first). */
export const KOREAN_FAMILIES = [
  ['김', 21.5, ['Kim', 'Gim']], ['이', 14.7, ['Lee', 'Yi', 'Rhee', 'Lie']], ['박', 8.4, ['Park', 'Pak', 'Bak']],
  ['최', 4.7, ['Choi', 'Choe']], ['정', 4.3, ['Jung', 'Jeong', 'Chung']], ['강', 2.4, ['Kang', 'Gang']],
  ['조', 2.1, ['Cho', 'Jo']], ['윤', 2.1, ['Yoon', 'Yun']], ['장', 2.0, ['Jang', 'Chang']], ['임', 1.7, ['Lim', 'Im']],
  ['한', 1.5, ['Han']], ['오', 1.5, ['Oh', 'O']], ['서', 1.5, ['Seo', 'Suh']], ['신', 1.5, ['Shin', 'Sin']],
  ['권', 1.4, ['Kwon', 'Gwon']], ['황', 1.4, ['Hwang']], ['안', 1.4, ['Ahn', 'An']], ['송', 1.3, ['Song']],
  ['전', 1.1, ['Jeon', 'Jun', 'Chun']], ['홍', 1.1, ['Hong']], ['유', 1.1, ['Yoo', 'Yu', 'Ryu']], ['고', 0.9, ['Ko', 'Go']],
  ['문', 0.9, ['Moon', 'Mun']], ['양', 0.8, ['Yang']], ['손', 0.9, ['Son', 'Sohn']], ['배', 0.8, ['Bae']],
  ['백', 0.7, ['Baek', 'Paik']], ['허', 0.6, ['Heo', 'Huh']], ['남', 0.5, ['Nam']], ['남궁', 0.04, ['Namgoong', 'Namgung']],
];

/**
 * Syllables of Korean given names: Hangul, weight as a first syllable, weight as a second, romanizations (Revised
 * Romanization first, then spellings people choose for passports and email addresses).
 */
export const KOREAN_SYLLABLES = [
  ['민', 9, 4, ['min']], ['서', 7, 3, ['seo', 'suh']], ['지', 9, 5, ['ji', 'jee']], ['현', 6, 6, ['hyeon', 'hyun']],
  ['준', 3, 8, ['jun', 'joon']], ['영', 7, 4, ['yeong', 'young']], ['수', 5, 6, ['su', 'soo']], ['정', 5, 3, ['jeong', 'jung']],
  ['성', 5, 3, ['seong', 'sung']], ['동', 3, 2, ['dong']], ['은', 5, 4, ['eun']], ['미', 4, 2, ['mi']],
  ['경', 4, 3, ['gyeong', 'kyung']], ['혜', 4, 1, ['hye', 'hae']], ['유', 4, 2, ['yu', 'yoo']], ['예', 3, 1, ['ye']],
  ['하', 4, 1, ['ha']], ['윤', 2, 5, ['yun', 'yoon']], ['도', 2, 1, ['do']], ['재', 4, 2, ['jae']], ['상', 4, 2, ['sang']],
  ['태', 3, 1, ['tae']], ['승', 4, 1, ['seung']], ['채', 2, 1, ['chae']], ['다', 1, 1, ['da']], ['진', 3, 6, ['jin']],
  ['우', 1, 5, ['u', 'woo']], ['호', 1, 6, ['ho']], ['훈', 0, 6, ['hun', 'hoon']], ['희', 0, 5, ['hui', 'hee']],
  ['원', 1, 5, ['won']], ['연', 1, 5, ['yeon', 'yun']], ['빈', 0, 3, ['bin']], ['아', 1, 4, ['a']], ['숙', 0, 3, ['suk', 'sook']],
  ['철', 1, 2, ['cheol', 'chul']], ['혁', 0, 2, ['hyeok', 'hyuk']], ['석', 1, 2, ['seok', 'suk']], ['용', 2, 2, ['yong']],
  ['명', 2, 1, ['myeong', 'myung']], ['선', 2, 2, ['seon', 'sun']], ['주', 2, 2, ['ju', 'joo']], ['규', 1, 2, ['gyu', 'kyu']],
  ['광', 2, 0, ['gwang', 'kwang']], ['종', 2, 1, ['jong']], ['순', 1, 2, ['sun', 'soon']], ['나', 1, 2, ['na']],
  ['시', 1, 1, ['si', 'shi']], ['건', 1, 1, ['geon', 'gun']], ['한', 1, 1, ['han']], ['보', 1, 1, ['bo']], ['린', 0, 1, ['rin', 'lin']],
];

/** Chinese family names: simplified, traditional, share in %, pinyin, Wade–Giles/Taiwanese spelling. */
export const CHINESE_FAMILIES = [
  ['王', '王', 7.1, 'Wang', 'Wang'], ['李', '李', 7.0, 'Li', 'Lee'], ['张', '張', 6.7, 'Zhang', 'Chang'], ['刘', '劉', 5.4, 'Liu', 'Liu'],
  ['陈', '陳', 4.5, 'Chen', 'Chen'], ['杨', '楊', 3.1, 'Yang', 'Yang'], ['黄', '黃', 2.2, 'Huang', 'Huang'], ['赵', '趙', 2.0, 'Zhao', 'Chao'],
  ['吴', '吳', 2.0, 'Wu', 'Wu'], ['周', '周', 1.9, 'Zhou', 'Chou'], ['徐', '徐', 1.5, 'Xu', 'Hsu'], ['孙', '孫', 1.4, 'Sun', 'Sun'],
  ['马', '馬', 1.3, 'Ma', 'Ma'], ['朱', '朱', 1.2, 'Zhu', 'Chu'], ['胡', '胡', 1.1, 'Hu', 'Hu'], ['郭', '郭', 1.1, 'Guo', 'Kuo'],
  ['林', '林', 1.0, 'Lin', 'Lin'], ['何', '何', 1.0, 'He', 'Ho'], ['高', '高', 1.0, 'Gao', 'Kao'], ['蔡', '蔡', 0.6, 'Cai', 'Tsai'],
];

/** Chinese given names: simplified, traditional, weight, pinyin syllables, Wade–Giles syllables. */
export const CHINESE_GIVEN = [
  ['伟', '偉', 6, ['wei'], ['wei']], ['芳', '芳', 5, ['fang'], ['fang']], ['娜', '娜', 4, ['na'], ['na']], ['敏', '敏', 4, ['min'], ['min']],
  ['静', '靜', 4, ['jing'], ['ching']], ['丽', '麗', 4, ['li'], ['li']], ['强', '強', 3, ['qiang'], ['chiang']], ['磊', '磊', 3, ['lei'], ['lei']],
  ['军', '軍', 3, ['jun'], ['chun']], ['洋', '洋', 3, ['yang'], ['yang']], ['勇', '勇', 2, ['yong'], ['yung']], ['艳', '艷', 2, ['yan'], ['yen']],
  ['杰', '傑', 3, ['jie'], ['chieh']], ['涛', '濤', 2, ['tao'], ['tao']], ['明', '明', 3, ['ming'], ['ming']], ['超', '超', 2, ['chao'], ['chao']],
  ['秀英', '秀英', 3, ['xiu', 'ying'], ['hsiu', 'ying']], ['桂英', '桂英', 2, ['gui', 'ying'], ['kuei', 'ying']],
  ['建华', '建華', 2, ['jian', 'hua'], ['chien', 'hua']], ['志强', '志強', 2, ['zhi', 'qiang'], ['chih', 'chiang']],
  ['晓明', '曉明', 2, ['xiao', 'ming'], ['hsiao', 'ming']], ['海燕', '海燕', 2, ['hai', 'yan'], ['hai', 'yen']],
  ['欣怡', '欣怡', 2, ['xin', 'yi'], ['hsin', 'yi']], ['子轩', '子軒', 2, ['zi', 'xuan'], ['tzu', 'hsuan']],
  ['俊杰', '俊傑', 2, ['jun', 'jie'], ['chun', 'chieh']], ['家豪', '家豪', 2, ['jia', 'hao'], ['chia', 'hao']],
  ['怡君', '怡君', 2, ['yi', 'jun'], ['yi', 'chun']], ['雅婷', '雅婷', 2, ['ya', 'ting'], ['ya', 'ting']],
  ['淑芬', '淑芬', 2, ['shu', 'fen'], ['shu', 'fen']], ['美玲', '美玲', 2, ['mei', 'ling'], ['mei', 'ling']],
  ['建宏', '建宏', 1, ['jian', 'hong'], ['chien', 'hung']], ['文', '文', 2, ['wen'], ['wen']], ['辉', '輝', 2, ['hui'], ['hui']],
];

/**
 * Characters of two-character Chinese given names (simplified, traditional, pinyin, Wade–Giles): most Chinese given
 * names are a free pair of such characters, which makes them far more varied than a list of whole names.
 */
export const CHINESE_NAME_CHARACTERS = [
  ['伟', '偉', 'wei', 'wei'], ['志', '志', 'zhi', 'chih'], ['明', '明', 'ming', 'ming'], ['华', '華', 'hua', 'hua'], ['建', '建', 'jian', 'chien'],
  ['国', '國', 'guo', 'kuo'], ['文', '文', 'wen', 'wen'], ['海', '海', 'hai', 'hai'], ['晓', '曉', 'xiao', 'hsiao'], ['丽', '麗', 'li', 'li'],
  ['俊', '俊', 'jun', 'chun'], ['佳', '佳', 'jia', 'chia'], ['欣', '欣', 'xin', 'hsin'], ['婷', '婷', 'ting', 'ting'], ['宇', '宇', 'yu', 'yu'],
  ['子', '子', 'zi', 'tzu'], ['思', '思', 'si', 'ssu'], ['嘉', '嘉', 'jia', 'chia'], ['浩', '浩', 'hao', 'hao'], ['瑞', '瑞', 'rui', 'jui'],
  ['玉', '玉', 'yu', 'yu'], ['春', '春', 'chun', 'chun'], ['美', '美', 'mei', 'mei'], ['慧', '慧', 'hui', 'hui'], ['琳', '琳', 'lin', 'lin'],
  ['博', '博', 'bo', 'po'], ['诗', '詩', 'shi', 'shih'], ['涵', '涵', 'han', 'han'], ['鹏', '鵬', 'peng', 'peng'], ['敏', '敏', 'min', 'min'],
  ['静', '靜', 'jing', 'ching'], ['云', '雲', 'yun', 'yun'], ['峰', '峰', 'feng', 'feng'], ['德', '德', 'de', 'te'], ['安', '安', 'an', 'an'],
  ['平', '平', 'ping', 'ping'], ['秀', '秀', 'xiu', 'hsiu'], ['芳', '芳', 'fang', 'fang'], ['红', '紅', 'hong', 'hung'], ['雪', '雪', 'xue', 'hsueh'],
];

/** Japanese: family names and given names in kanji with their Hepburn spelling. */
export const JAPANESE_FAMILIES = [['佐藤', 'Sato', 5], ['鈴木', 'Suzuki', 4], ['高橋', 'Takahashi', 4], ['田中', 'Tanaka', 4], ['伊藤', 'Ito', 3],
  ['渡辺', 'Watanabe', 3], ['山本', 'Yamamoto', 3], ['中村', 'Nakamura', 3], ['小林', 'Kobayashi', 3], ['加藤', 'Kato', 2],
  ...[['吉田', 'Yoshida'], ['山田', 'Yamada'], ['佐々木', 'Sasaki'], ['山口', 'Yamaguchi'], ['松本', 'Matsumoto'], ['井上', 'Inoue'], ['木村', 'Kimura'],
    ['林', 'Hayashi'], ['斎藤', 'Saito'], ['清水', 'Shimizu'], ['山崎', 'Yamazaki'], ['森', 'Mori'], ['池田', 'Ikeda'], ['橋本', 'Hashimoto'], ['阿部', 'Abe'],
    ['石川', 'Ishikawa'], ['前田', 'Maeda'], ['藤田', 'Fujita'], ['小川', 'Ogawa'], ['岡田', 'Okada'], ['後藤', 'Goto'], ['長谷川', 'Hasegawa'], ['村上', 'Murakami'],
    ['近藤', 'Kondo'], ['石井', 'Ishii'], ['坂本', 'Sakamoto'], ['遠藤', 'Endo'], ['青木', 'Aoki'], ['藤井', 'Fujii'], ['西村', 'Nishimura']].map(([k, r]) => [k, r, 1])];
export const JAPANESE_GIVEN = [['陽翔', 'Haruto', 2], ['翔太', 'Shota', 3], ['大輔', 'Daisuke', 3], ['健太', 'Kenta', 3], ['直樹', 'Naoki', 2],
  ['花子', 'Hanako', 1], ['陽子', 'Yoko', 3], ['美咲', 'Misaki', 2], ['結衣', 'Yui', 2], ['恵', 'Megumi', 3], ['裕子', 'Yuko', 3], ['誠', 'Makoto', 2],
  ...[['拓也', 'Takuya'], ['健一', 'Kenichi'], ['和也', 'Kazuya'], ['達也', 'Tatsuya'], ['亮', 'Ryo'], ['大樹', 'Daiki'], ['悠斗', 'Yuto'], ['蓮', 'Ren'],
    ['浩', 'Hiroshi'], ['隆', 'Takashi'], ['聡', 'Satoshi'], ['修', 'Osamu'], ['優子', 'Yuko'], ['真由美', 'Mayumi'], ['智子', 'Tomoko'], ['由美', 'Yumi'],
    ['明美', 'Akemi'], ['さくら', 'Sakura'], ['愛', 'Ai'], ['彩', 'Aya'], ['舞', 'Mai'], ['千尋', 'Chihiro'], ['奈々', 'Nana'], ['麻衣', 'Mai']].map(([k, r]) => [k, r, 1])];

/** English given names with weight and the nicknames people sign with. */
export const ENGLISH_GIVEN = [
  ['James', 5, ['Jim', 'Jimmy', 'Jamie']], ['Robert', 5, ['Bob', 'Rob', 'Bobby']], ['John', 5, ['Jack', 'Johnny']],
  ['Michael', 5, ['Mike', 'Mikey']], ['David', 5, ['Dave']], ['William', 4, ['Bill', 'Will', 'Billy']], ['Richard', 3, ['Rick', 'Dick', 'Rich']],
  ['Joseph', 3, ['Joe']], ['Thomas', 3, ['Tom', 'Tommy']], ['Christopher', 3, ['Chris']], ['Daniel', 3, ['Dan', 'Danny']],
  ['Matthew', 3, ['Matt']], ['Anthony', 2, ['Tony']], ['Steven', 2, ['Steve']], ['Andrew', 2, ['Andy', 'Drew']], ['Joshua', 2, ['Josh']],
  ['Benjamin', 2, ['Ben']], ['Samuel', 2, ['Sam']], ['Edward', 1, ['Ed', 'Ted', 'Eddie']], ['Peter', 2, ['Pete']], ['Paul', 2, []],
  ['Mark', 2, []], ['Brian', 2, []], ['Kevin', 2, []], ['Jason', 2, []], ['Ryan', 2, []], ['Eric', 1, []], ['Nathan', 1, ['Nate']],
  ['Mary', 5, []], ['Patricia', 3, ['Pat', 'Patty', 'Trish']], ['Jennifer', 4, ['Jen', 'Jenny']], ['Linda', 3, []],
  ['Elizabeth', 4, ['Liz', 'Beth', 'Betty', 'Lizzie']], ['Barbara', 2, ['Barb']], ['Susan', 3, ['Sue', 'Suzy']],
  ['Jessica', 3, ['Jess']], ['Sarah', 4, []], ['Karen', 2, []], ['Nancy', 2, []], ['Lisa', 3, []], ['Margaret', 2, ['Maggie', 'Peggy', 'Meg']],
  ['Emily', 3, ['Em']], ['Michelle', 2, []], ['Amanda', 2, ['Mandy']], ['Rebecca', 2, ['Becky', 'Becca']], ['Laura', 2, []],
  ['Katherine', 3, ['Kate', 'Kathy', 'Katie']], ['Rachel', 2, []], ['Hannah', 2, []], ['Olivia', 2, ['Liv']], ['Emma', 2, []],
  ['Christine', 2, ['Chris', 'Chrissy']], ['Deborah', 1, ['Deb', 'Debbie']], ['Victoria', 1, ['Vicky', 'Tori']], ['Grace', 1, []],
  ...['Adam', 'Aaron', 'Alan', 'Carl', 'Colin', 'Dennis', 'Douglas', 'Frank', 'Gary', 'George', 'Gregory', 'Henry', 'Ian', 'Jack', 'Jeffrey', 'Jeremy',
    'Keith', 'Kyle', 'Larry', 'Luke', 'Martin', 'Neil', 'Oliver', 'Philip', 'Raymond', 'Roger', 'Scott', 'Sean', 'Simon', 'Timothy', 'Walter', 'Wayne',
    'Alice', 'Amy', 'Andrea', 'Angela', 'Ann', 'Carol', 'Catherine', 'Claire', 'Diana', 'Donna', 'Eleanor', 'Ellen', 'Fiona', 'Gillian', 'Helen', 'Heather',
    'Joan', 'Julia', 'Julie', 'Kelly', 'Lauren', 'Lucy', 'Megan', 'Melissa', 'Natalie', 'Nicole', 'Pamela', 'Ruth', 'Sharon', 'Sophie', 'Stephanie', 'Teresa']
    .map((name) => [name, 1, []]),
];
export const ENGLISH_FAMILIES = [
  ['Smith', 10], ['Johnson', 8], ['Williams', 7], ['Brown', 7], ['Jones', 7], ['Miller', 5], ['Davis', 5], ['Wilson', 4], ['Anderson', 4],
  ['Taylor', 4], ['Thomas', 4], ['Moore', 3], ['Martin', 3], ['Jackson', 3], ['Thompson', 3], ['White', 3], ['Harris', 3], ['Clark', 3],
  ['Lewis', 3], ['Robinson', 3], ['Walker', 3], ['Young', 2], ['Allen', 2], ['King', 2], ['Wright', 2], ['Scott', 2], ['Hill', 2],
  ['Green', 2], ['Adams', 2], ['Baker', 2], ['Nelson', 2], ['Carter', 2], ['Mitchell', 2], ['Roberts', 2], ['Turner', 2], ['Phillips', 2],
  ['Campbell', 2], ['Parker', 2], ['Evans', 2], ['Edwards', 2], ['Collins', 2], ['Stewart', 2], ['Morris', 2], ['Murphy', 2], ['Cook', 2],
  ['Morgan', 2], ['Cooper', 2], ['Reed', 1], ['Bailey', 1], ['Bell', 1], ['Kelly', 1], ['Ward', 1], ['Wood', 1], ['Watson', 1],
  ['Hughes', 1], ['Price', 1], ['Patel', 2], ['Nguyen', 2], ["O'Brien", 1], ['MacDonald', 1], ['Fitzgerald', 1], ['Sullivan', 1],
];

export const SPANISH_GIVEN = [
  ['María', 6, []], ['José', 5, ['Pepe']], ['Juan', 4, []], ['Carlos', 4, []], ['Luis', 3, []], ['Ana', 4, []], ['Carmen', 3, ['Mamen']],
  ['Javier', 3, ['Javi']], ['Miguel', 3, []], ['Antonio', 3, ['Toni']], ['Francisco', 3, ['Paco', 'Pancho']], ['Manuel', 3, ['Manolo']],
  ['Laura', 3, []], ['Lucía', 3, []], ['Sofía', 2, []], ['Pablo', 2, []], ['Alejandro', 2, ['Álex']], ['Elena', 2, []], ['Isabel', 2, ['Isa']],
  ['Jorge', 2, []], ['Pedro', 2, []], ['Rosa', 2, []], ['Marta', 2, []], ['Raúl', 1, []], ['Sergio', 2, []], ['Andrés', 1, []],
  ['Dolores', 1, ['Lola']], ['Jesús', 1, ['Chuy']], ['Guillermo', 1, ['Memo']], ['Ramón', 1, []], ['Inés', 1, []], ['Óscar', 1, []],
];
export const SPANISH_FAMILIES = [
  ['García', 8], ['Rodríguez', 6], ['González', 6], ['Fernández', 6], ['López', 6], ['Martínez', 6], ['Sánchez', 5], ['Pérez', 5],
  ['Gómez', 3], ['Martín', 3], ['Jiménez', 3], ['Ruiz', 3], ['Hernández', 3], ['Díaz', 3], ['Moreno', 2], ['Muñoz', 2], ['Álvarez', 2],
  ['Romero', 2], ['Alonso', 2], ['Gutiérrez', 2], ['Navarro', 2], ['Torres', 2], ['Domínguez', 1], ['Vázquez', 1], ['Ramos', 1],
  ['Castillo', 1], ['Ortiz', 1], ['Rubio', 1], ['Núñez', 1], ['Ortega', 1],
];

export const GERMAN_GIVEN = [
  ['Thomas', 4, ['Tom']], ['Michael', 4, []], ['Andreas', 3, ['Andi']], ['Stefan', 3, []], ['Christian', 3, ['Chris']], ['Markus', 2, []],
  ['Peter', 2, []], ['Wolfgang', 2, []], ['Klaus', 2, []], ['Jürgen', 2, []], ['Frank', 2, []], ['Jörg', 1, []], ['Günter', 1, []],
  ['Uwe', 1, []], ['Sabine', 3, []], ['Susanne', 2, ['Susi']], ['Petra', 2, []], ['Claudia', 2, []], ['Andrea', 2, []], ['Monika', 2, []],
  ['Birgit', 1, []], ['Katharina', 2, ['Kathi', 'Katja']], ['Julia', 2, []], ['Anna', 2, []], ['Lena', 2, []], ['Lukas', 2, []],
  ['Jonas', 1, []], ['Felix', 1, []], ['Maximilian', 1, ['Max']], ['Sophie', 1, []], ['Johannes', 1, ['Hannes']], ['Alexander', 1, ['Alex']],
  ['Björn', 1, []], ['Ursula', 1, ['Uschi']],
];
export const GERMAN_FAMILIES = [
  ['Müller', 8], ['Schmidt', 6], ['Schneider', 4], ['Fischer', 4], ['Weber', 3], ['Meyer', 3], ['Wagner', 3], ['Becker', 3], ['Schulz', 3],
  ['Hoffmann', 3], ['Schäfer', 2], ['Koch', 2], ['Bauer', 2], ['Richter', 2], ['Klein', 2], ['Wolf', 2], ['Schröder', 2], ['Neumann', 2],
  ['Schwarz', 2], ['Zimmermann', 2], ['Braun', 2], ['Krüger', 2], ['Hartmann', 1], ['Lange', 1], ['Werner', 1], ['Krause', 1],
  ['Lehmann', 1], ['Köhler', 1], ['Weiß', 1], ['Groß', 1], ['Jäger', 1], ['Yilmaz', 1],
];

export const FRENCH_GIVEN = [
  ['Jean', 3, []], ['Marie', 3, []], ['Pierre', 2, []], ['Michel', 2, []], ['Philippe', 2, []], ['Nathalie', 2, []], ['Isabelle', 2, []],
  ['Sylvie', 2, []], ['Catherine', 2, ['Cathy']], ['François', 2, []], ['Hélène', 1, []], ['Amélie', 1, []], ['Chloé', 1, []], ['Léa', 1, []],
  ['Théo', 1, []], ['Hugo', 1, []], ['Zoé', 1, []], ['Élodie', 1, []], ['Céline', 1, []], ['Stéphane', 1, []], ['Sébastien', 1, ['Seb']],
  ['Jérôme', 1, []], ['Frédéric', 1, ['Fred']], ['Véronique', 1, ['Véro']],
];
export const FRENCH_FAMILIES = [
  ['Martin', 5], ['Bernard', 3], ['Dubois', 3], ['Thomas', 3], ['Robert', 2], ['Richard', 2], ['Petit', 2], ['Durand', 2], ['Leroy', 2],
  ['Moreau', 2], ['Simon', 2], ['Laurent', 2], ['Lefèvre', 2], ['Michel', 2], ['David', 1], ['Bertrand', 1], ['Roux', 1], ['Vincent', 1],
  ['Fournier', 1], ['Morel', 1], ['Girard', 1], ['André', 1], ['Mercier', 1], ['Dupont', 1], ['Lambert', 1], ['Bonnet', 1], ['Béranger', 1],
];

/** English given names Korean and Chinese emigrants often take, for the diaspora who sign with one. */
export const ADOPTED_ENGLISH = ['Daniel', 'David', 'Grace', 'Sarah', 'Kevin', 'Jason', 'Michelle', 'Esther', 'Paul', 'Andrew', 'Jenny', 'Sophia',
  'Joseph', 'Hannah', 'Peter', 'Christine', 'Eric', 'Angela', 'Steven', 'Irene'];

/** Words people build email handles from when the handle is not their name. */
export const HANDLE_WORDS = ['sunny', 'blue', 'moon', 'star', 'happy', 'green', 'tiger', 'river', 'cloud', 'sky', 'peace', 'hope', 'light',
  'dream', 'forest', 'ocean', 'maple', 'rain', 'snow', 'wind', 'music', 'coffee', 'book', 'cat', 'lucky', 'silver', 'rose', 'bear'];

/**
 * The long tail of family names, put together from common parts: real populations have thousands of rare family
 * names, and without them a short list makes namesakes far more common than they are.
 */
const compose = (starts, ends) => starts.flatMap((a) => ends.map((b) => a + b));
export const FAMILY_TAILS = {
  english: compose(['Ash', 'Brad', 'Craw', 'Fair', 'Hal', 'Hart', 'Kings', 'Lang', 'Mar', 'Nor', 'Pem', 'Ran', 'Shel', 'Stan', 'Thorn', 'Wal', 'Wes',
    'Whit', 'Black', 'Brook', 'Cal', 'Dun', 'Ell', 'Gold', 'Hol', 'Mid'], ['ford', 'ley', 'ton', 'well', 'more', 'wood', 'field', 'by', 'worth', 'ham', 'stead', 'ridge', 'wick']),
  german: compose(['Hof', 'Berg', 'Wald', 'Stein', 'Feld', 'Bach', 'Brunn', 'Linden', 'Rosen', 'Eich', 'Tann', 'Holz', 'Mühl', 'Sonnen', 'Kirch', 'Hage'],
    ['mann', 'er', 'hauser', 'berger', 'meier', 'huber', 'bauer', 'ner', 'ler', 'inger']),
  french: compose(['Beau', 'Mont', 'Roche', 'Fon', 'Ville', 'Champ', 'Bois', 'Mar', 'Ber', 'Gar', 'Lam', 'Cha'], ['champ', 'mont', 'lieu', 'ville', 'geot', 'lier', 'nier', 'rand', 'tin', 'det']),
  spanish: ['Serrano', 'Molina', 'Blanco', 'Suárez', 'Castro', 'Ortega', 'Delgado', 'Marín', 'Sanz', 'Iglesias', 'Medina', 'Garrido', 'Cortés', 'Santos', 'Lozano',
    'Guerrero', 'Cano', 'Prieto', 'Méndez', 'Cruz', 'Calvo', 'Gallego', 'Vidal', 'León', 'Márquez', 'Herrera', 'Peña', 'Flores', 'Cabrera', 'Campos', 'Vega', 'Fuentes',
    'Carrasco', 'Diez', 'Caballero', 'Reyes', 'Nieto', 'Aguilar', 'Pascual', 'Santana', 'Herrero', 'Lorenzo', 'Montero', 'Hidalgo', 'Giménez', 'Ibáñez', 'Ferrer', 'Durán'],
};
/** Share of family names drawn from the tail instead of the common list (Smith is 0.8 % of Americans, Müller 0.9 % of Germans). */
export const TAIL_SHARE = { english: 0.7, german: 0.75, french: 0.7, spanish: 0.3 };
