// The block editor's words for da, sv, nb and fi (English is the source, in
// wordpress/block/editor.js). `node tests/wordpress/translations.mjs` writes them as
// WordPress's JSON translation files (languages/samspil-<locale>-samspil-editor.json);
// tests/wordpress/plugin.test.mjs checks that every string of editor.js has a
// translation in each. Terms are the app's (locales/*.ftl): sundhedstjekket,
// hälsokontrollen, helsesjekken, terveystarkastus; teamvisningen, teamvyn, tiiminäkymä.
import fs from 'node:fs';
import path from 'node:path';

export const LOCALES = {
  da_DK: {
    'Settings': 'Indstillinger',
    'Language': 'Sprog',
    "Visitors can still switch. The site's language: Samspil uses it when it has it, otherwise the visitor's browser language.":
      'Den besøgende kan stadig skifte. Webstedets sprog: Samspil bruger det, når det findes, ellers den besøgendes browsersprog.',
    "The site's language": 'Webstedets sprog',
    'Opens on': 'Åbner med',
    'The health check': 'Sundhedstjekket',
    'The team view (for the facilitator)': 'Teamvisningen (til facilitatoren)',
    "Leave out Samspil's name": 'Udelad navnet Samspil',
    'For pages that already say what Samspil is.': 'Til sider, der allerede fortæller, hvad Samspil er.',
    'Share links open': 'Delte links åbner',
    "The address of this page (https://…), so that a result link opens here. Empty: Samspil's own page.":
      'Adressen på denne side (https://…), så et link til et resultat åbner her. Tom: Samspils egen side.',
    'Accent colour': 'Accentfarve',
    'As #rrggbb, dark enough for white text on it (4.5:1). Empty: Samspil blue.':
      'Som #rrggbb, mørk nok til hvid tekst (4,5:1). Tom: Samspils blå.',
    'Font': 'Skrifttype',
    'A font list, such as Georgia, serif. Empty: the system font.':
      'En liste af skrifttyper, fx Georgia, serif. Tom: systemets skrifttype.',
    'Preview: visitors take the health check here. Their answers stay in their browser; nothing is sent to this site.':
      'Forhåndsvisning: Her tager de besøgende sundhedstjekket. Svarene bliver i deres browser; intet sendes til dette websted.',
    'Samspil preview': 'Forhåndsvisning af Samspil',
    'Samspil partnership health check': 'Samspil – sundhedstjek af partnerskabet',
    'The partnership health check, in your page.': 'Sundhedstjekket af partnerskabet, på din side.',
  },
  sv_SE: {
    'Settings': 'Inställningar',
    'Language': 'Språk',
    "Visitors can still switch. The site's language: Samspil uses it when it has it, otherwise the visitor's browser language.":
      'Besökaren kan fortfarande byta. Webbplatsens språk: Samspil använder det när det finns, annars besökarens webbläsarspråk.',
    "The site's language": 'Webbplatsens språk',
    'Opens on': 'Öppnas med',
    'The health check': 'Hälsokontrollen',
    'The team view (for the facilitator)': 'Teamvyn (för mötesledaren)',
    "Leave out Samspil's name": 'Utelämna namnet Samspil',
    'For pages that already say what Samspil is.': 'För sidor som redan berättar vad Samspil är.',
    'Share links open': 'Delade länkar öppnas på',
    "The address of this page (https://…), so that a result link opens here. Empty: Samspil's own page.":
      'Adressen till den här sidan (https://…), så att en resultatlänk öppnas här. Tom: Samspils egen sida.',
    'Accent colour': 'Accentfärg',
    'As #rrggbb, dark enough for white text on it (4.5:1). Empty: Samspil blue.':
      'Som #rrggbb, mörk nog för vit text (4,5:1). Tom: Samspils blå.',
    'Font': 'Typsnitt',
    'A font list, such as Georgia, serif. Empty: the system font.':
      'En lista med typsnitt, t.ex. Georgia, serif. Tom: systemets typsnitt.',
    'Preview: visitors take the health check here. Their answers stay in their browser; nothing is sent to this site.':
      'Förhandsvisning: Här gör besökarna hälsokontrollen. Svaren stannar i deras webbläsare; inget skickas till den här webbplatsen.',
    'Samspil preview': 'Förhandsvisning av Samspil',
    'Samspil partnership health check': 'Samspil – hälsokontroll för partnerskapet',
    'The partnership health check, in your page.': 'Hälsokontrollen för partnerskapet, på din sida.',
  },
  nb_NO: {
    'Settings': 'Innstillinger',
    'Language': 'Språk',
    "Visitors can still switch. The site's language: Samspil uses it when it has it, otherwise the visitor's browser language.":
      'Den besøkende kan fortsatt bytte. Nettstedets språk: Samspil bruker det når det finnes, ellers nettleserspråket til den besøkende.',
    "The site's language": 'Nettstedets språk',
    'Opens on': 'Åpner med',
    'The health check': 'Helsesjekken',
    'The team view (for the facilitator)': 'Teamvisningen (for fasilitatoren)',
    "Leave out Samspil's name": 'Utelat navnet Samspil',
    'For pages that already say what Samspil is.': 'For sider som allerede forteller hva Samspil er.',
    'Share links open': 'Delte lenker åpner',
    "The address of this page (https://…), so that a result link opens here. Empty: Samspil's own page.":
      'Adressen til denne siden (https://…), slik at en resultatlenke åpner her. Tom: Samspils egen side.',
    'Accent colour': 'Aksentfarge',
    'As #rrggbb, dark enough for white text on it (4.5:1). Empty: Samspil blue.':
      'Som #rrggbb, mørk nok for hvit tekst (4,5:1). Tom: Samspils blåfarge.',
    'Font': 'Skrifttype',
    'A font list, such as Georgia, serif. Empty: the system font.':
      'En liste med skrifttyper, f.eks. Georgia, serif. Tom: systemets skrifttype.',
    'Preview: visitors take the health check here. Their answers stay in their browser; nothing is sent to this site.':
      'Forhåndsvisning: Her tar de besøkende helsesjekken. Svarene blir i nettleseren deres; ingenting sendes til dette nettstedet.',
    'Samspil preview': 'Forhåndsvisning av Samspil',
    'Samspil partnership health check': 'Samspil – helsesjekk for partnerskapet',
    'The partnership health check, in your page.': 'Helsesjekken for partnerskapet, på siden din.',
  },
  fi: {
    'Settings': 'Asetukset',
    'Language': 'Kieli',
    "Visitors can still switch. The site's language: Samspil uses it when it has it, otherwise the visitor's browser language.":
      'Kävijä voi silti vaihtaa kieltä. Sivuston kieli: Samspil käyttää sitä, jos se on saatavilla, muuten kävijän selaimen kieltä.',
    "The site's language": 'Sivuston kieli',
    'Opens on': 'Avautuu näkymään',
    'The health check': 'Terveystarkastus',
    'The team view (for the facilitator)': 'Tiiminäkymä (vetäjälle)',
    "Leave out Samspil's name": 'Jätä Samspil-nimi pois',
    'For pages that already say what Samspil is.': 'Sivuille, joilla jo kerrotaan, mikä Samspil on.',
    'Share links open': 'Jakolinkit avautuvat sivulla',
    "The address of this page (https://…), so that a result link opens here. Empty: Samspil's own page.":
      'Tämän sivun osoite (https://…), jotta tuloslinkki avautuu täällä. Tyhjä: Samspilin oma sivu.',
    'Accent colour': 'Korostusväri',
    'As #rrggbb, dark enough for white text on it (4.5:1). Empty: Samspil blue.':
      'Muodossa #rrggbb, riittävän tumma valkoiselle tekstille (4,5:1). Tyhjä: Samspilin sininen.',
    'Font': 'Fontti',
    'A font list, such as Georgia, serif. Empty: the system font.':
      'Fonttiluettelo, esim. Georgia, serif. Tyhjä: järjestelmän fontti.',
    'Preview: visitors take the health check here. Their answers stay in their browser; nothing is sent to this site.':
      'Esikatselu: Kävijät tekevät terveystarkastuksen tässä. Vastaukset pysyvät heidän selaimessaan; tälle sivustolle ei lähetetä mitään.',
    'Samspil preview': 'Samspilin esikatselu',
    'Samspil partnership health check': 'Samspil – kumppanuuden terveystarkastus',
    'The partnership health check, in your page.': 'Kumppanuuden terveystarkastus sivullasi.',
  },
};

const PLURALS = { da_DK: 'nplurals=2; plural=(n != 1);', sv_SE: 'nplurals=2; plural=(n != 1);', nb_NO: 'nplurals=2; plural=(n != 1);', fi: 'nplurals=2; plural=(n != 1);' };

/** WordPress's JSON translation file (the Jed 1.x shape that wp.i18n reads). */
export function jed(locale) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': PLURALS[locale] } };
  for (const [source, text] of Object.entries(LOCALES[locale])) messages[source] = [text];
  return { 'translation-revision-date': '2026-12-07 00:00+0000', generator: 'tests/wordpress/translations.mjs', domain: 'messages', locale_data: { messages } };
}

export const fileFor = (locale) => `samspil-${locale}-samspil-editor.json`;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = path.resolve(import.meta.dirname, '../../wordpress/languages');
  for (const locale of Object.keys(LOCALES)) {
    fs.writeFileSync(path.join(dir, fileFor(locale)), JSON.stringify(jed(locale), null, 1) + '\n');
  }
}
