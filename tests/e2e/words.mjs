import fs from 'node:fs';
import path from 'node:path';

// The words a person sees, per language: the end-to-end tests find controls by
// these accessible names, as a person would.
export const WORDS = {
  da: {
    locale: 'da-DK', start: 'Start tjekket', next: 'Næste', back: 'Tilbage', results: 'Se resultatet',
    scale: ['Helt uenig', 'Uenig', 'Hverken enig eller uenig', 'Enig', 'Helt enig'], dontKnow: 'Ved ikke',
    resultLink: 'Link til resultatet', table: 'Score pr. område', resultTitle: 'Dit billede af partnerskabet',
    sharedTitle: 'Et delt resultat', linkError: 'Linket kan ikke åbnes', sector: 'Hvilken type aktør repræsenterer du?',
    label: 'Partnerskabets navn', firstArea: 'Fælles mål', downloadRadar: 'Hent radardiagrammet (SVG)', takeCheck: 'Tag selv tjekket', language: 'Sprog',
    notAnswered: 'Ikke besvaret', details: 'Svarene område for område',
    org: 'Din organisation', orgColumn: 'Organisation',
    bankFirstResult: 'Dette resultat er lavet med den første version af Samspils udsagn og vises derfor med dem.',
    bankMixed: 'Nogle har svaret på den første version af udsagnene og andre på den anden. Tallene for områderne bygger på begge versioner; tallene for hvert udsagn kommer kun fra dem, der har svaret på netop den version.',
    bankFirst: 'Første version af udsagnene', bankSecond: 'Anden version af udsagnene',
    sectorNone: 'Vil ikke oplyse',
    sectors: { 1: 'Kommune eller region', 2: 'Frivilligcenter eller forening', 3: 'Virksomhed', 4: 'Fond', 5: 'Borger', 6: 'Andet', 7: 'Kommune',
      8: 'Region eller sundhedsvæsen', 9: 'Frivilligcenter', 10: 'Forening', 11: 'Selvorganiserede borgere eller lokal borgergruppe',
      12: 'Brugere og pårørende', 13: 'Skole eller uddannelsesinstitution' },
  },
  sv: {
    locale: 'sv-SE', start: 'Starta hälsokontrollen', next: 'Nästa', back: 'Tillbaka', results: 'Se resultatet',
    scale: ['Instämmer inte alls', 'Instämmer inte', 'Varken eller', 'Instämmer', 'Instämmer helt'], dontKnow: 'Vet inte',
    resultLink: 'Länk till resultatet', table: 'Poäng per område', resultTitle: 'Din bild av partnerskapet',
    sharedTitle: 'Ett delat resultat', linkError: 'Länken går inte att öppna', sector: 'Vilken typ av aktör företräder du?',
    label: 'Partnerskapets namn', firstArea: 'Gemensamma mål', downloadRadar: 'Ladda ner radardiagrammet (SVG)', takeCheck: 'Gör hälsokontrollen själv', language: 'Språk',
    notAnswered: 'Inte besvarat', details: 'Svaren område för område',
    org: 'Din organisation', orgColumn: 'Organisation',
    bankFirstResult: 'Det här resultatet bygger på den första versionen av Samspils påståenden och visas med de påståendena.',
    bankMixed: 'En del har svarat på den första versionen av påståendena och en del på den andra. Poängen per område bygger på båda versionerna; siffrorna för ett enskilt påstående kommer bara från dem som svarade på just den versionen.',
    bankFirst: 'Första versionen av påståendena', bankSecond: 'Andra versionen av påståendena',
    sectorNone: 'Vill inte ange',
    sectors: { 1: 'Kommun eller region', 2: 'Frivilligcentral, förening eller annan idéburen organisation', 3: 'Företag', 4: 'Stiftelse', 5: 'Medborgare',
      6: 'Annat', 7: 'Kommun', 8: 'Region eller hälso- och sjukvård', 9: 'Frivilligcentral', 10: 'Förening eller annan idéburen organisation',
      11: 'Självorganiserade medborgare eller lokal grupp', 12: 'Brukare och anhöriga', 13: 'Skola eller utbildning' },
  },
  fi: {
    locale: 'fi-FI', start: 'Aloita terveystarkastus', next: 'Seuraava', back: 'Takaisin', results: 'Näytä tulos',
    scale: ['Täysin eri mieltä', 'Jokseenkin eri mieltä', 'Ei samaa eikä eri mieltä', 'Jokseenkin samaa mieltä', 'Täysin samaa mieltä'],
    dontKnow: 'En osaa sanoa', resultLink: 'Linkki tulokseen', table: 'Pisteet alueittain', resultTitle: 'Näkemyksesi kumppanuudesta',
    sharedTitle: 'Jaettu tulos', linkError: 'Linkkiä ei voi avata', sector: 'Mitä tahoa edustat?',
    label: 'Kumppanuuden nimi', firstArea: 'Yhteiset tavoitteet', downloadRadar: 'Lataa tutkakaavio (SVG)', takeCheck: 'Tee terveystarkastus itse', language: 'Kieli',
    notAnswered: 'Ei vastattu', details: 'Vastaukset alueittain',
    org: 'Organisaatiosi', orgColumn: 'Organisaatio',
    bankFirstResult: 'Tämä tulos on tehty Samspilin väittämien ensimmäisellä versiolla, ja siinä näytetään ne väittämät, joihin silloin vastattiin.',
    bankMixed: 'Osa vastaajista käytti väittämien ensimmäistä versiota, osa toista. Alueiden luvuissa ovat mukana molemmat versiot; kunkin väittämän luvut perustuvat vain niihin, jotka vastasivat juuri siihen versioon.',
    bankFirst: 'Väittämien ensimmäinen versio', bankSecond: 'Väittämien toinen versio',
    sectorNone: 'En halua kertoa',
    sectors: { 1: 'Kunta tai hyvinvointialue', 2: 'Vapaaehtoiskeskus, järjestö tai yhdistys', 3: 'Yritys', 4: 'Säätiö', 5: 'Asukas', 6: 'Muu', 7: 'Kunta',
      8: 'Hyvinvointialue', 9: 'Vapaaehtoiskeskus tai järjestöverkosto', 10: 'Järjestö tai yhdistys', 11: 'Asukasaktiivit tai omaehtoinen paikallinen ryhmä',
      12: 'Palvelujen käyttäjät ja omaiset', 13: 'Koulu, oppilaitos tai korkeakoulu' },
  },
  en: {
    locale: 'en-GB', start: 'Start the check', next: 'Next', back: 'Back', results: 'See the result',
    scale: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'], dontKnow: "Don't know",
    resultLink: 'Result link', table: 'Scores by area', resultTitle: 'Your view of the partnership', sharedTitle: 'A shared result',
    linkError: 'This link cannot be opened', sector: 'What kind of partner do you represent?', label: 'Name of the partnership',
    firstArea: 'Shared goals', downloadRadar: 'Download the radar chart (SVG)', takeCheck: 'Take the check yourself', language: 'Language',
    notAnswered: 'Not answered', details: 'The answers, area by area',
    org: 'Your organisation', orgColumn: 'Organisation',
    bankFirstResult: "This result was made with the first version of Samspil's statements, and it is shown with those statements.",
    bankMixed: "Some people answered the first version of the statements and some the second. Area figures combine both versions; each statement's figures come only from the people who answered that version.",
    bankFirst: 'First version of the statements', bankSecond: 'Second version of the statements',
    sectorNone: 'Prefer not to say',
    sectors: { 1: 'Municipality or region', 2: 'Volunteer centre or association', 3: 'Company', 4: 'Foundation', 5: 'Citizen', 6: 'Other', 7: 'Municipality',
      8: 'Region or health services', 9: 'Volunteer centre', 10: 'Association', 11: 'Self-organised citizens or local group', 12: 'Users and relatives',
      13: 'School or education' },
  },
  nb: {
    locale: 'nb-NO', start: 'Start helsesjekken', next: 'Neste', back: 'Tilbake', results: 'Se resultatet',
    scale: ['Helt uenig', 'Uenig', 'Verken enig eller uenig', 'Enig', 'Helt enig'], dontKnow: 'Vet ikke',
    resultLink: 'Lenke til resultatet', table: 'Poeng per område', resultTitle: 'Ditt bilde av partnerskapet',
    sharedTitle: 'Et delt resultat', linkError: 'Lenken kan ikke åpnes', sector: 'Hvilken type aktør representerer du?',
    label: 'Partnerskapets navn', firstArea: 'Felles mål', downloadRadar: 'Last ned radardiagrammet (SVG)', takeCheck: 'Ta helsesjekken selv', language: 'Språk',
    notAnswered: 'Ikke besvart', details: 'Svarene område for område',
    org: 'Din organisasjon', orgColumn: 'Organisasjon',
    bankFirstResult: 'Dette resultatet er laget med den første versjonen av Samspils påstander og vises med de samme påstandene.',
    bankMixed: 'Noen har svart på den første versjonen av påstandene og noen på den andre. Tallene for områdene bygger på begge versjonene; tallene for hver påstand kommer bare fra dem som svarte på den versjonen.',
    bankFirst: 'Første versjon av påstandene', bankSecond: 'Andre versjon av påstandene',
    sectorNone: 'Vil ikke oppgi',
    sectors: { 1: 'Kommune eller fylkeskommune', 2: 'Frivilligsentral eller frivillig organisasjon', 3: 'Bedrift', 4: 'Stiftelse', 5: 'Innbygger', 6: 'Annet',
      7: 'Kommune', 8: 'Fylkeskommune eller helseforetak', 9: 'Frivilligsentral', 10: 'Frivillig lag eller organisasjon',
      11: 'Selvorganiserte innbyggere eller lokal gruppe', 12: 'Brukere og pårørende', 13: 'Skole eller utdanningsinstitusjon' },
  },
};
export const LANGS = Object.keys(WORDS);

/// The sector menu's offered list, as sector codes in the order it offers them
/// (after "prefer not to say"); `WORDS[lang].sectors[code]` is each one's name.
export const OFFERED_SECTORS = [7, 8, 9, 10, 11, 12, 5, 13, 3, 4, 6];
/// The order of sector tables: the offered list, then release 1's wide sectors.
export const SECTOR_ORDER = [...OFFERED_SECTORS, 1, 2];

/// Statements per area (in area order) of each question bank: bank 2 is the bank
/// of every new check; bank 1 is the bank of links made by release 1.
export const BANK_SIZES = { 1: [5, 5, 5, 5, 5, 5], 2: [6, 6, 7, 6, 6, 7] };
export const AREA_SIZES = BANK_SIZES[2];
/// The first statement id of each bank (ids are unique across banks).
export const FIRST_ID = { 1: 1, 2: 31 };

/// Where each area's statements start in a bank's answers.
export function areaOffsets(sizes = AREA_SIZES) {
  return sizes.map((_, a) => sizes.slice(0, a).reduce((x, y) => x + y, 0));
}

/// The answers of one area from a plan of a whole bank.
export function areaSlice(plan, area, sizes = AREA_SIZES) {
  const start = areaOffsets(sizes)[area];
  return plan.slice(start, start + sizes[area]);
}

/// The answer rules per statement (a hand copy of src/model/bank.rs, `Offers`):
/// bank 2 offers "not relevant for us" only on the statements that presuppose
/// something, and no "don't know" on the first-person knowledge statements. Bank 1
/// offers both everywhere, as it was released.
export const NOT_RELEVANT_ON = { 2: [38, 42, 47, 48, 53, 56, 57, 63, 66, 68] };
export const NO_DONT_KNOW = { 2: [32, 45] };

/// The first statement id of the bank with these area sizes.
export function firstIdOf(sizes) {
  const n = sizes.reduce((a, b) => a + b, 0);
  return n === BANK_SIZES[1].reduce((a, b) => a + b, 0) ? FIRST_ID[1] : FIRST_ID[2];
}

/// The options a statement offers beside the scale.
export function offersOf(id) {
  const bank = id >= FIRST_ID[2] ? 2 : 1;
  return {
    dontKnow: !(NO_DONT_KNOW[bank] ?? []).includes(id),
    notRelevant: NOT_RELEVANT_ON[bank] ? NOT_RELEVANT_ON[bank].includes(id) : true,
  };
}

/// A deterministic set of answers, one per statement of the bank (38 for bank 2):
/// 1–5, "dk" (don't know) or null (skipped). A statement that offers no "don't
/// know" is skipped where the plan would say "dk".
export function answerPlan(seed, sizes = AREA_SIZES) {
  const n = sizes.reduce((a, b) => a + b, 0);
  const first = firstIdOf(sizes);
  return Array.from({ length: n }, (_, i) => {
    const r = (i * 7 + seed * 3) % 11;
    if (r === 9) return offersOf(first + i).dontKnow ? 'dk' : null;
    if (r === 10) return null;
    return (r % 5) + 1;
  });
}

/// The expected area scores (0–100, rounded, or null) of a plan, by the rules in
/// the README: mean of 1–5 answers mapped to 0–100, at least three answers.
export function expectedScores(plan, sizes = AREA_SIZES) {
  return sizes.map((_, area) => {
    const values = areaSlice(plan, area, sizes).filter((v) => typeof v === 'number');
    if (values.length < 3) return null;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return Math.round((mean - 1) * 25);
  });
}

/// A plan from the golden vectors' notation (tests/codec.rs): 1–5, "?" don't know,
/// "-" unanswered, "~" not relevant.
export function planOf(text) {
  const codes = { '?': 'dk', '-': null, '~': 'nr' };
  return [...text].map((c) => (c in codes ? codes[c] : Number(c)));
}

const LOCALES = path.resolve(import.meta.dirname, '../../locales');
const statements = {};

/// A statement's text in a language, from the translators' file (locales/*.ftl).
export function statementText(lang, id) {
  if (!statements[lang]) {
    statements[lang] = {};
    for (const line of fs.readFileSync(path.join(LOCALES, `${lang}.ftl`), 'utf8').split('\n')) {
      const m = line.match(/^statement-(\d+) = (.*)$/);
      if (m) statements[lang][Number(m[1])] = m[2].trim();
    }
  }
  const text = statements[lang][id];
  if (!text) throw new Error(`no statement ${id} in ${lang}.ftl`);
  return text;
}

const messages = {};

/// Any message of a language, from the translators' file (locales/*.ftl).
export function message(lang, key) {
  if (!messages[lang]) {
    messages[lang] = {};
    for (const line of fs.readFileSync(path.join(LOCALES, `${lang}.ftl`), 'utf8').split('\n')) {
      const m = line.match(/^([a-z0-9-]+) = (.*)$/);
      if (m) messages[lang][m[1]] = m[2].trim();
    }
  }
  const text = messages[lang][key];
  if (!text) throw new Error(`no message ${key} in ${lang}.ftl`);
  return text;
}
