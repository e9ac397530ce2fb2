// Builds the bundled list of common passwords (no download is possible on our machines, and a
// fixed list is reviewable). Run: node resources/passwords/generate-list.mjs
// Writes resources/passwords/common.txt (one per line, lower case, ASCII-folded) and
// shared/password/common-passwords.ts (the same list as a string, so shared/ stays pure).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const classic = `123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball
abc123 football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890
michael 654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer
zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert
thomas hockey ranger daniel starwars klaster 112233 george computer michelle jessica pepper 1111
zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua cheese
amanda summer love ashley nicole chelsea biteme matthew access yankees 987654321 dallas austin
thunder taylor matrix minecraft william corvette hello martin heather secret merlin diamond 1234qwer
gfhjkm hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick internet scooter
orange 11111 golfer cookie richard samantha bigdog guitar jackson whatever mickey chicken sparky
snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea smokey
steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar monster tigers
yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple hardcore banana junior
hannah 123654 porsche lakers iceman money cowboys 987654 london tennis 999999 ncc1701 coffee scooby
0000 miller boston q1w2e3r4 fuckoff brandon yamaha chester mother forever johnny edward 333333
oliver redsox player nikita knight fender barney midnight please brandy chicago badboy iwantu slayer
rangers charles angel flower bigdaddy rabbit wizard bigdick jasper enter rachel chris steven winner
adidas victoria natasha 1q2w3e4r jasmine winter prince panties marine ghbdtn fishing cocacola casper
james 232323 raiders 888888 marlboro gandalf asdfasdf crystal 87654321 12344321 sexsex golden blowme
bigtits 8675309 panther lauren angela bitch spanky thx1138 angels madison winston shannon mike toyota
blowjob jordan23 canada sophie apples dick tiger razz 123abc pokemon qazxsw 55555 qwaszx muffin
johnson murphy cooper jonathan liverpoo david danielle 159357 jackie 1990 123456a 789456 turtle
horny abcd1234 scorpion qazwsxedc 101010 butter carlos password1 dennis slipknot qwerty123 booger
asdf 1991 black startrek 12341234 cameron newyork rainbow nathan john 1992 rocket viking redskins
butthead asdfghjkl 1212 sierra peaches gemini doctor wilson sandra helpme qwertyui victor florida
dolphin pookie captain tucker blue liverpool theman bandit dolphins maddog packers jaguar lovers
nicholas united tiffany maxwell zzzzzz nirvana jeremy suckit stupid porn monica elephant giants
jackass hotdog rosebud success debbie mountain 444444 xxxxxxxx warrior 1q2w3e4r5t q1w2e3 123456q
albert metallic lucky azerty 7777 shithead alex bond007 alexis 1111111 samson 5150 willie scorpio
bonnie gators benjamin voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a sydney
rush2112 1989 asdfghjk red123 blink182 111222 apple123 mariposa admin admin123 administrator root
toor changeme default guest login passw0rd p@ssw0rd p@ssword pa55word password123 password12
qwerty1 qwerty12 iloveyou1 princess1 abc12345 welcome1 welcome123 letmein1 monkey1 dragon1
sunshine1 football1 baseball1 master1 shadow1 superman1 trustno1 zaq12wsx zaq1xsw2 1qazxsw2
qweasdzxc qweasd asd123 zxc123 zaq123 qwe123 aa123456 a123456 a12345 abc123456 123abc123 1q2w3e
1qaz2wsx3edc 147258369 147258 159951 258456 741852963 963852741 123789 147852 123654789 0987654321
98765432 qwertz qwertzuiop ytrewq asdfg zxcvb 11223344 12121212 123123123123 1234512345 5555555555
0123456789 1234567891 12345678910 abcdef abcdefg abcdefgh abcdefghij aaaaaaaaaa 1111111111 0000000000
2222222222 9999999999 1122334455 iloveyou2 iloveu loveyou lovely loveme onelove truelove
password2 password! secret1 secret123 test123 test1234 testtest demo demo123 user user123 temp123
summer2024 winter2024 spring2024 autumn2024 welcome2024 password2024 qwerty2024 abcabc abc
pass123 pass1234 mypassword mypass newpassword oldpassword nopassword pa$$word secure secure123
manager office office123 school school123 teacher student kindergarten`;

// Latvian, Lithuanian and Russian-transliterated words, folded to ASCII (ā -> a, ņ -> n …).
const local = `parole parole1 parole123 parole1234 paroles manaparole jaunaparole slepena slepens
latvija latvija1 riga riga123 liepaja daugavpils jelgava jurmala ventspils rezekne valmiera cesis
saule saulite saulesstars menesis zvaigzne zvaigznite milestiba milu mila milais milaa miledz
mans mana manamila sirsnina sirds kakis kaka kakitis suns sunitis lacis lacitis zaikis zakis
pele pelite vardite putnins skola skolotaja bernudarzs darzins berni berns mamma mammina tetis
tetitis vectetis vecmamina gimene draugs draudzene labdien sveiki paldies ludzu labrit arlabunakti
janis peteris andris martins edgars kristaps arturs roberts raivis juris karlis aivars maris
normunds valdis guntis ainars ilze inese anna liga zane laura kristine dace sandra inga ilona
agnese santa linda marta elina evija baiba daina ieva aija anita sanita aiga dzintars dzintra
rudens ziema pavasaris vasara ligo jani ziemassvetki lieldienas dievs dievins eglite egle ozols
berzs liepa priede rozite puke pukite pienene jura upe ezers mezs lauks kalns daugava gauja
spidola lacplesis sprīditis spriditis sprīdītis kurzeme vidzeme latgale zemgale selija
slaptazodis slaptazodis1 slaptazodis123 slaptas slaptazodziai manoslaptazodis naujasslaptazodis
lietuva lietuva1 lietuva123 vilnius vilnius1 kaunas klaipeda siauliai panevezys alytus palanga
labas labas123 aciu prasau meile myliu myliu1 mylimas mylimoji saule1 saulute zvaigzde menulis
katinas katyte suniukas suo meskiukas zuikis zuikutis pelyte paukstelis mokykla darzelis vaikai
mama mamyte tetis tevelis senelis mociute seima draugas drauge sveiki labasrytas labanakt
jonas tomas mantas lukas darius andrius paulius vytautas mindaugas gediminas rimas saulius
marius povilas tadas egle ruta rasa asta ausra jurgita ieva greta gintare kristina inga laima
vasara ziema ruduo pavasaris kaledos velykos dievas angelas zalgiris zalgiris1 krepsinis
gintaras jura nemunas neris trakai ruta rutele gelyte rozyte
parol parol123 privet privet123 qwerty1234 lubov lyubov lubimaya zaika kotik solnce solnyshko
sobaka koshka medved mama123 papa123 natasha masha sasha dasha olga irina elena tatiana svetlana
sergey andrey dmitry aleksandr vladimir nikolay ivan maxim artem denis zvezda rossiya moskva
spartak zenit dinamo vremya schaste druzhba pobeda`;

// Suffixes people add to a word; checkPassword also strips trailing digits and symbols, so this
// list only needs the most frequent ones.
const pads = ['', '1', '12', '123', '1234', '!', '1!', '01', '11', '2024', '2025', '2026'];

// Dropped from the classic lists: vulgar entries we would rather not ship in a kindergarten app.
const dropped = new Set([
  'fuckoff',
  'bigdick',
  'panties',
  'sexsex',
  'blowme',
  'bigtits',
  'blowjob',
  'horny',
  'suckit',
  'porn',
  'shithead',
  'butthead',
  'bitch',
  'hardcore',
  'iwantu',
  'biteme',
]);

const words = (text) => text.split(/\s+/).filter((w) => w !== '');
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const base = [...new Set([...words(classic), ...words(local)].map(fold))].filter(
  (w) => !dropped.has(w),
);
// Padded variants for alphabetic words only: '123456' + '123' is not what people type.
const padded = base
  .filter((w) => /^[a-z]+$/.test(w) && w.length >= 4)
  .flatMap((w) => pads.map((p) => w + p));
const all = [...new Set([...base, ...padded])].sort();

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
writeFileSync(here('./common.txt'), `${all.join('\n')}\n`);
writeFileSync(
  here('../../shared/password/common-passwords.ts'),
  `// GENERATED by resources/passwords/generate-list.mjs from the same list as\n` +
    `// resources/passwords/common.txt. Do not edit by hand. Entries are lower case, ASCII-folded.\n` +
    `export const COMMON_PASSWORDS_TEXT =\n  '${all.join('\\n')}';\n`,
);
console.log(`${all.length} entries`);
