//! Texts of the team and meeting views, in Danish, Swedish, Finnish and English.

use super::i18n::Tr;
use super::texts::texts;

texts! {
    TEAM_TITLE = ["Teamets billede", "Teamets bild", "Tiimin kuva", "The team picture"];
    TEAM_INTRO = [
        "Saml alle partneres resultatlinks i ét billede: hvor I er enige, hvor I ser forskelligt på tingene, og hvad I kan gøre nu. Alt bliver i denne browser.",
        "Samla alla parters resultatlänkar i en bild: var ni är överens, var ni ser olika på saker och vad ni kan göra nu. Allt stannar i den här webbläsaren.",
        "Kokoa kaikkien kumppanien tuloslinkit yhdeksi kuvaksi: missä olette samaa mieltä, missä näette asiat eri tavoin ja mitä voitte tehdä seuraavaksi. Kaikki pysyy tässä selaimessa.",
        "Combine every partner's result link into one picture: where you agree, where you see things differently, and what to do next. Everything stays in this browser."
    ];
    OPEN_TEAM = [
        "Samler du teamets links? Åbn teamvisningen",
        "Samlar du teamets länkar? Öppna teamvyn",
        "Kokoatko tiimin linkkejä? Avaa tiiminäkymä",
        "Combining the team's links? Open the team view"
    ];

    // --- Adding links ---
    ADD_TITLE = ["Tilføj resultatlinks", "Lägg till resultatlänkar", "Lisää tuloslinkkejä", "Add result links"];
    ADD_LABEL = [
        "Indsæt resultatlinks eller et teamlink",
        "Klistra in resultatlänkar eller en teamlänk",
        "Liitä tuloslinkkejä tai tiimilinkki",
        "Paste result links or a team link"
    ];
    ADD_HINT = [
        "Ét link eller mange på én gang: ét pr. linje eller en hel chat med links inde i teksten. Samspil finder selv linkene.",
        "En länk eller många på en gång: en per rad eller en hel chatt med länkar i texten. Samspil hittar länkarna själv.",
        "Yksi linkki tai monta kerralla: yksi riville tai koko keskustelu, jonka tekstissä on linkkejä. Samspil löytää linkit itse.",
        "One link or many at once: one per line, or a whole chat with links in the text. Samspil finds the links itself."
    ];
    ADD_BUTTON = ["Tilføj linkene", "Lägg till länkarna", "Lisää linkit", "Add the links"];
    REPORT_NOT_READ = [
        "Links, der ikke blev læst: {n}. Indsæt højst 120 ad gangen.",
        "Länkar som inte lästes: {n}. Klistra in högst 120 åt gången.",
        "Lukematta jääneet linkit: {n}. Liitä enintään 120 kerrallaan.",
        "Links not read: {n}. Paste at most 120 at a time."
    ];
    REPORT_TITLE = ["Sådan gik det med linkene", "Så gick det med länkarna", "Näin linkeille kävi", "What happened to the links"];
    REPORT_LINE = ["Linje {line}", "Rad {line}", "Rivi {line}", "Line {line}"];
    REPORT_ADDED = ["Tilføjet.", "Tillagd.", "Lisätty.", "Added."];
    REPORT_TEAM_ADDED = [
        "Teamlink: {n} besvarelser tilføjet.",
        "Teamlänk: {n} svar tillagda.",
        "Tiimilinkki: {n} vastausta lisätty.",
        "Team link: {n} respondents added."
    ];
    REPORT_DUPLICATE = [
        "Ikke tilføjet: det samme resultat er allerede med.",
        "Inte tillagd: samma resultat finns redan med.",
        "Ei lisätty: sama tulos on jo mukana.",
        "Not added: the same result is already in the team."
    ];
    REPORT_TEAM_DUPLICATES = [
        "Allerede med: {n}.",
        "Fanns redan med: {n}.",
        "Jo mukana: {n}.",
        "Already in the team: {n}."
    ];
    REPORT_FULL = [
        "Ikke tilføjet: et team kan højst rumme 50 besvarelser.",
        "Inte tillagd: ett team rymmer högst 50 svar.",
        "Ei lisätty: tiimiin mahtuu enintään 50 vastausta.",
        "Not added: a team holds at most 50 respondents."
    ];
    REPORT_TEAM_LEFT_OUT = [
        "Kom ikke med: {n} (et team kan højst rumme 50 besvarelser).",
        "Kom inte med: {n} (ett team rymmer högst 50 svar).",
        "Jäi pois: {n} (tiimiin mahtuu enintään 50 vastausta).",
        "Left out: {n} (a team holds at most 50 respondents)."
    ];
    REPORT_LEFT_OUT = [
        "Et team kan højst rumme 50 besvarelser. Kom ikke med: {n}.",
        "Ett team rymmer högst 50 svar. Kom inte med: {n}.",
        "Tiimiin mahtuu enintään 50 vastausta. Jäi pois: {n}.",
        "A team holds at most 50 respondents. Left out: {n}."
    ];
    REPORT_NONE_FOUND = [
        "Der var intet Samspil-link i teksten. Et link indeholder #r= eller #t=.",
        "Det fanns ingen Samspil-länk i texten. En länk innehåller #r= eller #t=.",
        "Tekstissä ei ollut Samspil-linkkiä. Linkissä on #r= tai #t=.",
        "No Samspil link was found in the text. A link contains #r= or #t=."
    ];

    // --- Respondents ---
    RESPONDENTS_TITLE = ["Besvarelser ({n})", "Svar ({n})", "Vastaukset ({n})", "Respondents ({n})"];
    RESPONDENTS_SHOW = ["Vis listen", "Visa listan", "Näytä luettelo", "Show the list"];
    RESPONDENTS_HIDE = ["Skjul listen", "Dölj listan", "Piilota luettelo", "Hide the list"];
    RESPONDENT = ["Besvarelse {n}", "Svar {n}", "Vastaus {n}", "Respondent {n}"];
    NO_RESPONDENTS = [
        "Endnu ingen besvarelser. Indsæt resultatlinkene ovenfor.",
        "Inga svar ännu. Klistra in resultatlänkarna ovan.",
        "Ei vielä vastauksia. Liitä tuloslinkit yllä olevaan kenttään.",
        "No respondents yet. Paste the result links above."
    ];
    REMOVE_RESPONDENT = ["Fjern besvarelse {n}", "Ta bort svar {n}", "Poista vastaus {n}", "Remove respondent {n}"];

    // --- Team radar and table ---
    TEAM_RADAR_TITLE = ["Teamets billede pr. område", "Teamets bild per område", "Tiimin näkemys alueittain", "The team's view by area"];
    TEAM_RADAR_DESC = [
        "Radardiagram: hver besvarelse som en tynd linje, teamets gennemsnit som en fed linje og spændet fra laveste til højeste score skraveret. De samme tal står i tabellen.",
        "Radardiagram: varje svar som en tunn linje, teamets medelvärde som en fet linje och spannet från lägsta till högsta värde skuggat. Samma siffror finns i tabellen.",
        "Tutkakaavio: jokainen vastaus ohuena viivana, tiimin keskiarvo lihavana viivana ja vaihteluväli pienimmästä suurimpaan varjostettuna. Samat luvut ovat taulukossa.",
        "Radar chart: each respondent as a thin line, the team mean as a bold line, and the range from the lowest to the highest score shaded. The same figures are in the table."
    ];
    TEAM_MEAN = ["Teamets gennemsnit", "Teamets medelvärde", "Tiimin keskiarvo", "Team mean"];
    LEGEND_TITLE = ["Sådan læses diagrammet", "Så läser du diagrammet", "Näin luet kaaviota", "How to read the chart"];
    LEGEND_MEAN = [
        "Fed linje med punkter: teamets tal (hver sektor tæller én gang)",
        "Fet linje med punkter: teamets värde (varje sektor räknas en gång)",
        "Lihava viiva ja pisteet: tiimin luku (jokainen sektori lasketaan kerran)",
        "Bold line with points: the team figure (each sector counts once)"
    ];
    LEGEND_EACH = [
        "Tynde grå linjer: hver enkelt besvarelse",
        "Tunna grå linjer: varje enskilt svar",
        "Ohuet harmaat viivat: jokainen vastaus erikseen",
        "Thin grey lines: each respondent"
    ];
    LEGEND_RANGE = [
        "Skraveret bånd: fra laveste til højeste score",
        "Skuggat band: från lägsta till högsta värde",
        "Varjostettu alue: pienimmästä suurimpaan pistemäärään",
        "Shaded band: from the lowest to the highest score"
    ];
    TEAM_TABLE_CAPTION = ["Teamets score pr. område", "Teamets värden per område", "Tiimin pisteet alueittain", "Team scores by area"];
    COL_MEAN = ["Teamtal", "Teamvärde", "Tiimin luku", "Team figure"];
    COL_HEADCOUNT = ["Gennemsnit af alle", "Medelvärde av alla", "Kaikkien keskiarvo", "Mean of everyone"];
    TEAM_TABLE_NOTE = [
        "Teamtal: hver sektor tæller én gang, uanset hvor mange den har sendt, så en stor part ikke overdøver en lille. Gennemsnittet af alle tæller hver person én gang.",
        "Teamvärde: varje sektor räknas en gång, oavsett hur många den har skickat, så att en stor part inte överröstar en liten. Medelvärdet av alla räknar varje person en gång.",
        "Tiimin luku: jokainen sektori lasketaan kerran riippumatta siitä, montako ihmistä se lähetti, jottei suuri osapuoli peitä pientä. Kaikkien keskiarvo laskee jokaisen ihmisen kerran.",
        "Team figure: each sector counts once, however many people it sent, so a large partner does not drown out a small one. The mean of everyone counts each person once."
    ];
    COL_MIN = ["Laveste", "Lägsta", "Pienin", "Lowest"];
    COL_MAX = ["Højeste", "Högsta", "Suurin", "Highest"];
    COL_SD = ["Spredning (SD)", "Spridning (SD)", "Hajonta (SD)", "Spread (SD)"];

    // --- Where you differ ---
    DIFFER_TITLE = ["Hvor I ser forskelligt", "Var ni ser olika", "Missä näette asiat eri tavoin", "Where you differ"];
    DIFFER_RULE = [
        "Først forskelle mellem sektorer: to sektorers gennemsnit ligger et helt trin eller mere fra hinanden. Derefter svar på begge sider: mindst en femtedel af svarene er 1–2 og mindst en femtedel 4–5. Et udsagn skal have mindst 3 svar; et område markeres, når mindst 2 af dets udsagn har svar på begge sider.",
        "Först skillnader mellan sektorer: två sektorers medelvärden ligger ett helt steg eller mer isär. Sedan svar på båda sidor: minst en femtedel av svaren är 1–2 och minst en femtedel 4–5. Ett påstående behöver minst 3 svar; ett område markeras när minst 2 av dess påståenden har svar på båda sidor.",
        "Ensin sektorien väliset erot: kahden sektorin keskiarvot ovat vähintään yhden asteikon pykälän päässä toisistaan. Sitten vastaukset molemmin puolin: vähintään viidesosa vastauksista on 1–2 ja vähintään viidesosa 4–5. Väittämä tarvitsee vähintään 3 vastausta; alue nostetaan esiin, kun vähintään kahdessa sen väittämässä on vastauksia molemmin puolin.",
        "First, gaps between sectors: two sectors' means lie a whole scale point or more apart. Then answers on both sides: at least a fifth of the answers are 1–2 and at least a fifth are 4–5. A statement needs at least 3 answers; an area is listed when at least 2 of its statements have answers on both sides."
    ];
    DIFFER_COUNT = [
        "{n} steder, hvor I ser forskelligt på tingene.",
        "{n} ställen där ni ser olika på saker.",
        "{n} kohtaa, joissa näette asiat eri tavoin.",
        "{n} places where you see things differently."
    ];
    DIFFER_NONE = [
        "Intet område og intet udsagn deler teamet efter denne regel. Spørg alligevel: Hvem svarede “ved ikke”, og hvorfor?",
        "Inget område och inget påstående delar teamet enligt den här regeln. Fråga ändå: vem svarade ”vet inte”, och varför?",
        "Mikään alue tai väittämä ei jaa tiimiä tämän säännön mukaan. Kysykää silti: kuka vastasi ”en osaa sanoa” ja miksi?",
        "No area or statement divides the team by this rule. Ask anyway: who answered “don't know”, and why?"
    ];
    DIFFER_AREA = ["Område: {area}", "Område: {area}", "Alue: {area}", "Area: {area}"];
    DIFFER_STATEMENT = ["Udsagn {n} · {area}", "Påstående {n} · {area}", "Väittämä {n} · {area}", "Statement {n} · {area}"];
    DIFFER_GAP = [
        "Forskel mellem sektorer: {higher} vurderer det {gap} trin højere end {lower}.",
        "Skillnad mellan sektorer: {higher} bedömer det {gap} steg högre än {lower}.",
        "Sektorien ero: {higher} arvioi sen {gap} pykälää korkeammalle kuin {lower}.",
        "Gap between sectors: {higher} rates it {gap} scale points higher than {lower}."
    ];
    DIFFER_BOTH = [
        "Svar på begge sider: {low} af {n} svar er 1–2, {high} er 4–5.",
        "Svar på båda sidor: {low} av {n} svar är 1–2, {high} är 4–5.",
        "Vastauksia molemmin puolin: {n} vastauksesta {low} on 1–2 ja {high} on 4–5.",
        "Answers on both sides: {low} of {n} answers are 1–2, {high} are 4–5."
    ];
    DIFFER_BOTH_AREA = [
        "{n} af områdets udsagn har svar på begge sider.",
        "{n} av områdets påståenden har svar på båda sidor.",
        "Alueen väittämistä {n} saa vastauksia molemmin puolin.",
        "{n} of its statements have answers on both sides."
    ];

    DIFFER_MORE = [
        "Vis de øvrige {n}",
        "Visa de övriga {n}",
        "Näytä loput {n}",
        "Show the other {n}"
    ];
    DIFFER_ASK = ["Til samtalen", "Att samtala om", "Keskusteltavaksi", "To talk about"];

    // --- By sector ---
    SECTOR_TITLE = ["Pr. sektor", "Per sektor", "Sektoreittain", "By sector"];
    SECTOR_INTRO = [
        "Gennemsnit pr. område for hver sektor med mindst to besvarelser, så ingen enkeltperson kan udpeges. Føles partnerskabet lige ligeværdigt fra begge sider?",
        "Medelvärde per område för varje sektor med minst två svar, så att ingen enskild person kan pekas ut. Känns partnerskapet lika jämbördigt från båda håll?",
        "Keskiarvo alueittain jokaiselle sektorille, jolla on vähintään kaksi vastausta, jottei ketään voi tunnistaa. Tuntuuko kumppanuus yhtä tasavertaiselta molemmin puolin?",
        "Mean score per area for each sector with at least two respondents, so no single person can be singled out. Does the partnership feel equal from both sides?"
    ];
    SECTOR_CAPTION = ["Gennemsnit pr. sektor", "Medelvärde per sektor", "Keskiarvot sektoreittain", "Mean scores by sector"];
    SECTOR_NONE = [
        "Endnu har ingen sektor mindst to besvarelser.",
        "Ännu har ingen sektor minst två svar.",
        "Yhdelläkään sektorilla ei vielä ole vähintään kahta vastausta.",
        "No sector has two or more respondents yet."
    ];

    // --- Team actions ---
    TEAM_ACTIONS_TITLE = ["Det kan teamet gøre nu", "Det kan teamet göra nu", "Tämän tiimi voi tehdä nyt", "What the team can do next"];
    TEAM_ACTIONS_INTRO = [
        "I rækkefølge: udsagn, som mindst en tredjedel eller en hel sektor har svaret 1–2 på (de alvorligste først); derefter områder med informationshul eller usikre svar; derefter teamets svageste områder.",
        "I ordning: påståenden som minst en tredjedel eller en hel sektor har svarat 1–2 på (de allvarligaste först); sedan områden med kunskapsluckor eller osäkra svar; sedan teamets svagaste områden.",
        "Järjestyksessä: väittämät, joihin vähintään kolmasosa tai kokonainen sektori vastasi 1–2 (vakavimmat ensin); sitten alueet, joilla on tietoaukko tai epävarmoja vastauksia; sitten tiimin heikoimmat alueet.",
        "In order: statements that at least a third of the answers, or a whole sector, put at 1–2 (the most serious first); then areas with an information gap or unsure answers; then the team's weakest areas."
    ];

    // --- Team link and export ---
    TEAM_LINK_TITLE = ["Teamlinket", "Teamlänken", "Tiimilinkki", "The team link"];
    TEAM_LINK_INTRO = [
        "Ét link rummer hele teamet (op til 50 besvarelser). Når det åbnes, vises dette teambillede igen.",
        "En länk rymmer hela teamet (upp till 50 svar). När den öppnas visas den här teambilden igen.",
        "Yksi linkki sisältää koko tiimin (enintään 50 vastausta). Kun sen avaa, tämä tiimikuva näkyy uudelleen.",
        "One link holds the whole team (up to 50 respondents). Opening it shows this team picture again."
    ];
    FULL_LINK_WARNING = [
        "Linket rummer hver enkelt persons svar. Sæt det ikke i et referat, der kan blive offentligt; brug resuméet til referatet nedenfor.",
        "Länken innehåller varje persons svar. Lägg den inte i minnesanteckningar som kan bli allmän handling; använd sammanfattningen för anteckningarna nedan.",
        "Linkki sisältää jokaisen vastaajan vastaukset. Älä liitä sitä muistioon, joka voi tulla julkiseksi; käytä alla olevaa muistion yhteenvetoa.",
        "This link holds every person's answers. Do not put it in minutes that may become public; use the summary for the minutes below."
    ];
    SUMMARY_TITLE = ["Resumé til referatet", "Sammanfattning för minnesanteckningarna", "Yhteenveto muistioon", "Summary for the minutes"];
    SUMMARY_INTRO = [
        "Dette link rummer kun teamets tal: ingen enkeltpersoners svar, navne eller sektorer og intet, der bygger på færre end 3 personer. Det åbner et teambillede, der kun kan læses.",
        "Den här länken innehåller bara teamets siffror: inga enskilda svar, namn eller sektorer och inget som bygger på färre än 3 personer. Den öppnar en teambild som bara går att läsa.",
        "Tämä linkki sisältää vain tiimin luvut: ei kenenkään omia vastauksia, nimiä tai sektoreita eikä mitään, mikä perustuu alle 3 ihmisen vastauksiin. Se avaa tiimikuvan, jota voi vain lukea.",
        "This link holds only the team's figures: no one's own answers, names or sectors, and nothing based on fewer than 3 people. It opens a read-only team picture."
    ];
    SUMMARY_LINK = ["Link til resuméet", "Länk till sammanfattningen", "Yhteenvedon linkki", "Summary link"];
    SUMMARY_VIEW_TITLE = ["Teamets resumé", "Teamets sammanfattning", "Tiimin yhteenveto", "The team's summary"];
    SUMMARY_VIEW_NOTE = [
        "Et resumé til referatet: teamets tal fra {n} besvarelser. Det rummer ingen enkeltpersoners svar og kan derfor ikke udvides eller ændres.",
        "En sammanfattning för minnesanteckningarna: teamets siffror från {n} svar. Den innehåller inga enskilda svar och kan därför inte byggas på eller ändras.",
        "Muistion yhteenveto: tiimin luvut {n} vastauksesta. Se ei sisällä kenenkään omia vastauksia, joten sitä ei voi täydentää eikä muuttaa.",
        "A summary for the minutes: the team's figures from {n} respondents. It holds no one's own answers, so it cannot be added to or changed."
    ];
    ANON_TOGGLE = [
        "Skjul enkeltes svar (anonym visning)",
        "Dölj enskilda svar (anonym visning)",
        "Piilota yksittäiset vastaukset (nimetön näkymä)",
        "Hide individual answers (anonymous view)"
    ];
    ANON_NOTE = [
        "Anonym visning: ingen navne, sektorer eller enkeltpersoners linjer og intet tal, der bygger på færre end 3 personer.",
        "Anonym visning: inga namn, sektorer eller enskildas linjer och inga siffror som bygger på färre än 3 personer.",
        "Nimetön näkymä: ei nimiä, sektoreita eikä yksittäisten vastaajien viivoja eikä lukuja, jotka perustuvat alle 3 ihmisen vastauksiin.",
        "Anonymous view: no names, sectors or individual lines, and no figure based on fewer than 3 people."
    ];
    TEAM_LINK = ["Teamlink", "Teamlänk", "Tiimilinkki", "Team link"];
    TEAM_QR = ["QR-kode med teamlinket", "QR-kod med teamlänken", "QR-koodi tiimilinkistä", "QR code of the team link"];
    TEAM_QR_SHOW = ["Vis som QR-kode", "Visa som QR-kod", "Näytä QR-koodina", "Show as QR code"];
    TEAM_QR_HIDE = ["Skjul QR-koden", "Dölj QR-koden", "Piilota QR-koodi", "Hide the QR code"];
    EXPORT_CSV = ["Hent som CSV", "Ladda ner som CSV", "Lataa CSV-tiedostona", "Download as CSV"];
    EXPORT_JSON = ["Hent som JSON", "Ladda ner som JSON", "Lataa JSON-tiedostona", "Download as JSON"];

    // --- Before and after ---
    COMPARE_TITLE = ["Før og efter", "Före och efter", "Ennen ja jälkeen", "Before and after"];
    COMPARE_INTRO = [
        "Opfølgningsmøde et halvt år senere? Indsæt teamlinket (eller resultatlinkene) fra det tidligere møde for at se, hvad der har ændret sig. Teamet ovenfor er “efter”.",
        "Uppföljningsmöte ett halvår senare? Klistra in teamlänken (eller resultatlänkarna) från det tidigare mötet för att se vad som har ändrats. Teamet ovan är ”efter”.",
        "Seurantatapaaminen puolen vuoden päästä? Liitä aiemman tapaamisen tiimilinkki (tai tuloslinkit) nähdäksesi, mikä on muuttunut. Yllä oleva tiimi on ”jälkeen”.",
        "A follow-up meeting six months later? Paste the team link (or result links) from the earlier meeting to see what changed. The team above is “after”."
    ];
    COMPARE_LABEL = [
        "Links fra det tidligere møde",
        "Länkar från det tidigare mötet",
        "Aiemman tapaamisen linkit",
        "Links from the earlier meeting"
    ];
    COMPARE_BUTTON = ["Sammenlign", "Jämför", "Vertaa", "Compare"];
    COMPARE_BEFORE_DAMAGED = [
        "Delen »før« i dette link kunne ikke læses. {reason} Det nuværende team vises. Indsæt teamlinket fra det tidligere møde igen for at sammenligne.",
        "Delen ”före” i den här länken gick inte att läsa. {reason} Det nuvarande teamet visas. Klistra in teamlänken från det tidigare mötet igen för att jämföra.",
        "Linkin ”ennen”-osaa ei voitu lukea. {reason} Nykyinen tiimi näytetään. Liitä aiemman tapaamisen tiimilinkki uudelleen vertaillaksesi.",
        "The “before” part of this link could not be read. {reason} The current team is shown. Paste the team link from the earlier meeting again to compare."
    ];
    COMPARE_IN_LINK = [
        "Sammenligningen er nu en del af teamlinket nedenfor: det viser begge møder, også efter en genindlæsning.",
        "Jämförelsen ingår nu i teamlänken nedan: den visar båda mötena, även efter en omladdning.",
        "Vertailu sisältyy nyt alla olevaan tiimilinkkiin: se näyttää molemmat tapaamiset myös uudelleenlatauksen jälkeen.",
        "The comparison is now part of the team link below: it shows both meetings, also after a reload."
    ];
    COMPARE_CLEAR = ["Fjern sammenligningen", "Ta bort jämförelsen", "Poista vertailu", "Remove the comparison"];
    COMPARE_COUNTS = [
        "Før: {before} besvarelser. Efter: {after} besvarelser.",
        "Före: {before} svar. Efter: {after} svar.",
        "Ennen: {before} vastausta. Jälkeen: {after} vastausta.",
        "Before: {before} respondents. After: {after} respondents."
    ];
    COMPARE_RADAR_TITLE = ["Før og efter pr. område", "Före och efter per område", "Ennen ja jälkeen alueittain", "Before and after by area"];
    COMPARE_RADAR_DESC = [
        "Radardiagram: teamets gennemsnit før som en stiplet linje og efter som en fed linje. De samme tal står i tabellen.",
        "Radardiagram: teamets medelvärde före som en streckad linje och efter som en fet linje. Samma siffror finns i tabellen.",
        "Tutkakaavio: tiimin keskiarvo ennen katkoviivana ja jälkeen lihavana viivana. Samat luvut ovat taulukossa.",
        "Radar chart: the team mean before as a dashed line and after as a bold line. The same figures are in the table."
    ];
    LEGEND_BEFORE = ["Stiplet linje: før", "Streckad linje: före", "Katkoviiva: ennen", "Dashed line: before"];
    LEGEND_AFTER = ["Fed linje: efter", "Fet linje: efter", "Lihava viiva: jälkeen", "Bold line: after"];
    COMPARE_CAPTION = ["Ændring pr. område", "Förändring per område", "Muutos alueittain", "Change by area"];
    COL_BEFORE = ["Før", "Före", "Ennen", "Before"];
    COL_AFTER = ["Efter", "Efter", "Jälkeen", "After"];
    COL_CHANGE = ["Ændring", "Förändring", "Muutos", "Change"];
    NO_CLEAR_CHANGE = ["ingen tydelig ændring", "ingen tydlig förändring", "ei selvää muutosta", "no clear change"];
    COMPARE_NOISE = [
        "Ændringer under 10 point, eller med færre end 5 besvarelser på en af siderne, står som “ingen tydelig ændring”: det er sjældent de samme, der svarer hver gang, og så små ændringer kan skyldes tilfældigheder.",
        "Förändringar under 10 poäng, eller med färre än 5 svar på någon av sidorna, visas som ”ingen tydlig förändring”: det är sällan samma personer som svarar varje gång, och så små förändringar kan bero på slumpen.",
        "Alle 10 pisteen muutokset, tai jos jommallakummalla puolella on alle 5 vastausta, näytetään muodossa ”ei selvää muutosta”: vastaajat vaihtuvat yleensä kerrasta toiseen, ja näin pienet muutokset voivat johtua sattumasta.",
        "Changes under 10 points, or with fewer than 5 respondents on either side, read “no clear change”: rarely do the same people answer each time, and changes that small can be chance."
    ];

    // --- Meeting display ---
    MEETING_OPEN = ["Vis på storskærm", "Visa på storskärm", "Näytä valkokankaalla", "Meeting display"];
    MEETING_TITLE = ["Mødevisning", "Mötesvisning", "Kokousnäkymä", "Meeting display"];
    MEETING_HINT = [
        "Piletasterne eller Page Up/Page Down skifter afsnit. Escape afslutter.",
        "Piltangenterna eller Page Up/Page Down byter avsnitt. Escape avslutar.",
        "Nuolinäppäimet tai Page Up/Page Down vaihtavat osiota. Esc lopettaa.",
        "Arrow keys or Page Up/Page Down move between sections. Escape leaves."
    ];
    MEETING_POSITION = [
        "Afsnit {k} af {total}: {title}",
        "Avsnitt {k} av {total}: {title}",
        "Osio {k}/{total}: {title}",
        "Section {k} of {total}: {title}"
    ];
    MEETING_PREV = ["Forrige", "Föregående", "Edellinen", "Previous"];
    MEETING_NEXT = ["Næste", "Nästa", "Seuraava", "Next"];
    MEETING_LEAVE = ["Afslut mødevisningen", "Avsluta mötesvisningen", "Sulje kokousnäkymä", "Leave the meeting display"];
    INVITE_TITLE = ["Tag tjekket på din telefon", "Gör kontrollen på din telefon", "Tee tarkastus puhelimellasi", "Take the check on your phone"];
    INVITE_BODY = [
        "Scan koden, eller skriv adressen. Det tager omkring 10 minutter; send derefter dit resultatlink til facilitatoren alene.",
        "Skanna koden eller skriv in adressen. Det tar ungefär 10 minuter; skicka sedan din resultatlänk bara till samtalsledaren.",
        "Skannaa koodi tai kirjoita osoite. Siihen menee noin 10 minuuttia; lähetä sitten tuloslinkkisi vain fasilitaattorille.",
        "Scan the code or type the address. It takes about 10 minutes; then send your result link to the facilitator only."
    ];
    INVITE_QR = ["QR-kode med adressen til tjekket", "QR-kod med adressen till kontrollen", "QR-koodi tarkastuksen osoitteesta", "QR code of the check's address"];
}
