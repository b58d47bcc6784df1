// The words a person sees, per language: the end-to-end tests find controls by
// these accessible names, as a person would.
export const WORDS = {
  da: {
    locale: 'da-DK', start: 'Start tjekket', next: 'Næste', back: 'Tilbage', results: 'Se resultatet',
    scale: ['Helt uenig', 'Uenig', 'Hverken enig eller uenig', 'Enig', 'Helt enig'], dontKnow: 'Ved ikke',
    resultLink: 'Link til resultatet', table: 'Score pr. område', resultTitle: 'Dit billede af partnerskabet',
    sharedTitle: 'Et delt resultat', linkError: 'Linket kan ikke åbnes', sector: 'Hvilken type aktør repræsenterer du?',
    label: 'Partnerskabets navn', firstArea: 'Fælles mål', downloadRadar: 'Hent radardiagrammet (SVG)', takeCheck: 'Tag selv tjekket', language: 'Sprog',
  },
  sv: {
    locale: 'sv-SE', start: 'Starta hälsokontrollen', next: 'Nästa', back: 'Tillbaka', results: 'Se resultatet',
    scale: ['Instämmer inte alls', 'Instämmer inte', 'Varken eller', 'Instämmer', 'Instämmer helt'], dontKnow: 'Vet inte',
    resultLink: 'Länk till resultatet', table: 'Poäng per område', resultTitle: 'Din bild av partnerskapet',
    sharedTitle: 'Ett delat resultat', linkError: 'Länken går inte att öppna', sector: 'Vilken typ av aktör företräder du?',
    label: 'Partnerskapets namn', firstArea: 'Gemensamma mål', downloadRadar: 'Ladda ner radardiagrammet (SVG)', takeCheck: 'Gör hälsokontrollen själv', language: 'Språk',
  },
  fi: {
    locale: 'fi-FI', start: 'Aloita terveystarkastus', next: 'Seuraava', back: 'Takaisin', results: 'Näytä tulos',
    scale: ['Täysin eri mieltä', 'Jokseenkin eri mieltä', 'Ei samaa eikä eri mieltä', 'Jokseenkin samaa mieltä', 'Täysin samaa mieltä'],
    dontKnow: 'En osaa sanoa', resultLink: 'Linkki tulokseen', table: 'Pisteet alueittain', resultTitle: 'Näkemyksesi kumppanuudesta',
    sharedTitle: 'Jaettu tulos', linkError: 'Linkkiä ei voi avata', sector: 'Mitä tahoa edustat?',
    label: 'Kumppanuuden nimi', firstArea: 'Yhteiset tavoitteet', downloadRadar: 'Lataa tutkakaavio (SVG)', takeCheck: 'Tee terveystarkastus itse', language: 'Kieli',
  },
  en: {
    locale: 'en-GB', start: 'Start the check', next: 'Next', back: 'Back', results: 'See the result',
    scale: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'], dontKnow: "Don't know",
    resultLink: 'Result link', table: 'Scores by area', resultTitle: 'Your view of the partnership', sharedTitle: 'A shared result',
    linkError: 'This link cannot be opened', sector: 'What kind of partner do you represent?', label: 'Name of the partnership',
    firstArea: 'Shared goals', downloadRadar: 'Download the radar chart (SVG)', takeCheck: 'Take the check yourself', language: 'Language',
  },
  nb: {
    locale: 'nb-NO', start: 'Start helsesjekken', next: 'Neste', back: 'Tilbake', results: 'Se resultatet',
    scale: ['Helt uenig', 'Uenig', 'Verken enig eller uenig', 'Enig', 'Helt enig'], dontKnow: 'Vet ikke',
    resultLink: 'Lenke til resultatet', table: 'Poeng per område', resultTitle: 'Ditt bilde av partnerskapet',
    sharedTitle: 'Et delt resultat', linkError: 'Lenken kan ikke åpnes', sector: 'Hvilken type aktør representerer du?',
    label: 'Partnerskapets navn', firstArea: 'Felles mål', downloadRadar: 'Last ned radardiagrammet (SVG)', takeCheck: 'Ta helsesjekken selv', language: 'Språk',
  },
};
export const LANGS = Object.keys(WORDS);

/// A deterministic set of 30 answers: 1–5, "dk" (don't know) or null (skipped).
export function answerPlan(seed) {
  return Array.from({ length: 30 }, (_, i) => {
    const r = (i * 7 + seed * 3) % 11;
    if (r === 9) return 'dk';
    if (r === 10) return null;
    return (r % 5) + 1;
  });
}

/// The expected area scores (0–100, rounded, or null) of a plan, by the rules in
/// the README: mean of 1–5 answers mapped to 0–100, at least three answers.
export function expectedScores(plan) {
  return [0, 1, 2, 3, 4, 5].map((area) => {
    const values = plan.slice(area * 5, area * 5 + 5).filter((v) => typeof v === 'number');
    if (values.length < 3) return null;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return Math.round((mean - 1) * 25);
  });
}
