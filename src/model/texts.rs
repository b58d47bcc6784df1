//! Every text of the user interface, in Danish, Swedish, Finnish and English.
//!
//! `texts!` defines one constant per text and the list [`ALL`], which the tests walk
//! to prove that no text is empty in any language.

use super::i18n::Tr;

/// Defines text constants and an `ALL` list of them. Other text modules (such as
/// `texts_team`) use it too, each with its own `ALL`.
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident = [$da:expr, $sv:expr, $fi:expr, $en:expr];)*) => {
        $($(#[$doc])* pub const $name: Tr = Tr([$da, $sv, $fi, $en]);)*
        /// Every text of this module with its name, for the completeness test.
        pub const ALL: &[(&str, Tr)] = &[$((stringify!($name), $name)),*];
    };
}
pub(crate) use texts;

texts! {
    APP_NAME = ["Samspil", "Samspil", "Samspil", "Samspil"];
    TAGLINE = [
        "Sundhedstjek af jeres partnerskab",
        "Hälsokontroll för ert partnerskap",
        "Kumppanuutenne terveystarkastus",
        "A health check for your partnership"
    ];
    LOADING = ["Indlæser …", "Laddar …", "Ladataan …", "Loading …"];
    // --- Header and footer ---
    LANGUAGE = ["Sprog", "Språk", "Kieli", "Language"];
    SAVED_ON_DEVICE = [
        "Gemt på denne enhed",
        "Sparat på den här enheten",
        "Tallennettu tälle laitteelle",
        "Saved on this device"
    ];
    FOOTER_PRIVACY = [
        "Samspil kører helt i din browser. Ingen cookies, ingen sporing, intet sendes videre.",
        "Samspil körs helt i din webbläsare. Inga kakor, ingen spårning, inget skickas vidare.",
        "Samspil toimii kokonaan selaimessasi. Ei evästeitä, ei seurantaa, mitään ei lähetetä eteenpäin.",
        "Samspil runs entirely in your browser. No cookies, no tracking, nothing is sent anywhere."
    ];
    NOTICE_STORAGE_UNAVAILABLE = [
        "Browseren lader ikke Samspil gemme på enheden. Dine svar ligger i denne fane og i dens adresse, til du lukker den.",
        "Webbläsaren låter inte Samspil spara på enheten. Dina svar finns i den här fliken och i dess adress tills du stänger den.",
        "Selain ei salli Samspilin tallentaa laitteelle. Vastauksesi säilyvät tässä välilehdessä ja sen osoitteessa, kunnes suljet sen.",
        "This browser does not let Samspil save on this device. Your answers stay in this tab and its address until you close it."
    ];
    NOTICE_STORAGE_EMBEDDED = [
        "Inde på denne side lader browseren ikke Samspil gemme dine svar. De bevares, mens siden er åben. Åbn Samspil på sin egen side for at gemme dem på enheden.",
        "Inne på den här sidan låter webbläsaren inte Samspil spara dina svar. De finns kvar medan sidan är öppen. Öppna Samspil på en egen sida för att spara dem på enheten.",
        "Tällä sivulla selain ei salli Samspilin tallentaa vastauksiasi. Ne säilyvät niin kauan kuin sivu on auki. Avaa Samspil omalla sivullaan tallentaaksesi ne laitteelle.",
        "Inside this page, your browser does not let Samspil save your answers. They stay while the page is open. Open Samspil on its own page to save them on this device."
    ];
    NOTICE_BAD_OPTIONS = [
        "Sidens indstillinger for Samspil indeholdt værdier, der blev ignoreret: {names}. Samspil virker som normalt.",
        "Sidans inställningar för Samspil innehöll värden som ignorerades: {names}. Samspil fungerar som vanligt.",
        "Sivun Samspil-asetuksissa oli arvoja, jotka ohitettiin: {names}. Samspil toimii tavalliseen tapaan.",
        "This page's settings for Samspil had values that were ignored: {names}. Samspil works as usual."
    ];
    NOTICE_STORAGE_CORRUPT = [
        "Gemte svar på denne enhed kunne ikke læses og er slettet. Du kan begynde forfra.",
        "Sparade svar på den här enheten gick inte att läsa och har tagits bort. Du kan börja om.",
        "Tälle laitteelle tallennettuja vastauksia ei voitu lukea, joten ne poistettiin. Voit aloittaa alusta.",
        "Saved answers on this device could not be read and were removed. You can start again."
    ];
    NOTICE_HOST_OPTIONS = [
        "Adressen indeholdt indstillinger til Samspil på en anden hjemmeside ({names}). De gælder ikke på Samspils egen side og er ikke brugt.",
        "Adressen innehöll inställningar för Samspil på en annan webbplats ({names}). De gäller inte på Samspils egen sida och har inte använts.",
        "Osoitteessa oli toisen verkkosivuston Samspil-asetuksia ({names}). Ne eivät koske Samspilin omaa sivua, eikä niitä käytetty.",
        "The address held settings for Samspil on another website ({names}). They do not apply on Samspil's own page and were not used."
    ];
    NOTICE_OTHER_ANSWERS = [
        "Denne adresse indeholder andre svar end dem, der er gemt på enheden. Dine gemte svar er bevaret. Svarene fra adressen vises nedenfor som et delt resultat.",
        "Den här adressen innehåller andra svar än de som är sparade på enheten. Dina sparade svar finns kvar. Svaren från adressen visas nedan som ett delat resultat.",
        "Tässä osoitteessa on eri vastaukset kuin laitteelle tallennetut. Tallennetut vastauksesi säilyvät. Osoitteen vastaukset näytetään alla jaettuna tuloksena.",
        "This address holds other answers than the ones saved on this device. Your saved answers are kept. The answers from the address are shown below as a shared result."
    ];
    NOTICE_UPDATED_ELSEWHERE = [
        "Dine svar blev ændret i en anden fane eller et andet vindue. Denne fane viser nu de nyeste svar.",
        "Dina svar ändrades i en annan flik eller ett annat fönster. Den här fliken visar nu de senaste svaren.",
        "Vastauksiasi muutettiin toisessa välilehdessä tai ikkunassa. Tämä välilehti näyttää nyt uusimmat vastaukset.",
        "Your answers were changed in another tab or window. This tab now shows the newest answers."
    ];

    // --- Start view ---
    START_TITLE = [
        "Hvor sundt er jeres partnerskab?",
        "Hur mår ert partnerskap?",
        "Kuinka hyvin kumppanuutenne voi?",
        "How healthy is your partnership?"
    ];
    START_INTRO = [
        "Samspil er et sundhedstjek for samarbejder mellem kommune, frivilligcenter, foreninger, virksomheder og borgere. Du tager stilling til 30 udsagn om seks områder: fælles mål, kommunikation, roller og ansvar, evaluering, fleksibilitet og forankring. Bagefter får du et overblik over, hvor samarbejdet står stærkt, og konkrete forslag til, hvad I kan gøre næste gang, I mødes.",
        "Samspil är en hälsokontroll för samverkan mellan kommun, idéburna organisationer, företag och medborgare. Du tar ställning till 30 påståenden inom sex områden: gemensamma mål, kommunikation, roller och ansvar, utvärdering, flexibilitet och förankring. Sedan ser du var samverkan är stark och får konkreta förslag på vad ni kan göra till nästa möte.",
        "Samspil on terveystarkastus kunnan, järjestöjen, yritysten ja asukkaiden väliselle kumppanuudelle. Otat kantaa 30 väittämään kuudelta alueelta: yhteiset tavoitteet, viestintä, roolit ja vastuut, arviointi, joustavuus ja juurruttaminen. Lopuksi näet, missä kumppanuus on vahva, ja saat konkreettisia ehdotuksia seuraavaan tapaamiseen.",
        "Samspil is a health check for partnerships between a municipality, volunteer centres, associations, companies and citizens. You respond to 30 statements in six areas: shared goals, communication, roles and responsibilities, evaluation, flexibility and sustainability. Then you see where the partnership is strong, and get concrete actions for your next meeting."
    ];
    START_TIME = [
        "Det tager omkring 10 minutter. Du kan springe ethvert udsagn over.",
        "Det tar ungefär 10 minuter. Du kan hoppa över vilket påstående som helst.",
        "Siihen menee noin 10 minuuttia. Voit ohittaa minkä tahansa väittämän.",
        "It takes about 10 minutes. You can skip any statement."
    ];
    PRIVACY = [
        "Dine svar bliver i denne browser. Intet sendes til nogen server.",
        "Dina svar stannar i den här webbläsaren. Inget skickas till någon server.",
        "Vastauksesi pysyvät tässä selaimessa. Mitään ei lähetetä palvelimelle.",
        "Your answers stay in this browser. Nothing is sent to any server."
    ];
    ABOUT_YOU = ["Om dig (valgfrit)", "Om dig (frivilligt)", "Sinusta (vapaaehtoinen)", "About you (optional)"];
    SECTOR_LABEL = ["Hvor kommer du fra?", "Var kommer du ifrån?", "Mitä tahoa edustat?", "Where are you from?"];
    SECTOR_NONE = ["Vil ikke oplyse", "Vill inte ange", "En halua kertoa", "Prefer not to say"];
    SECTOR_MUNICIPALITY = ["Kommune eller region", "Kommun eller region", "Kunta tai hyvinvointialue", "Municipality or region"];
    SECTOR_VOLUNTEER = [
        "Frivilligcenter eller forening",
        "Idéburen organisation eller förening",
        "Järjestö tai yhdistys",
        "Volunteer centre or association"
    ];
    SECTOR_COMPANY = ["Virksomhed", "Företag", "Yritys", "Company"];
    SECTOR_FOUNDATION = ["Fond", "Stiftelse", "Säätiö", "Foundation"];
    SECTOR_CITIZEN = ["Borger", "Medborgare", "Asukas", "Citizen"];
    SECTOR_OTHER = ["Andet", "Annat", "Muu", "Other"];
    LABEL_LABEL = [
        "Partnerskabets navn",
        "Partnerskapets namn",
        "Kumppanuuden nimi",
        "Name of the partnership"
    ];
    LABEL_HINT = [
        "Højst 40 tegn. Navnet vises sammen med dit resultat.",
        "Högst 40 tecken. Namnet visas tillsammans med ditt resultat.",
        "Enintään 40 merkkiä. Nimi näkyy tuloksesi yhteydessä.",
        "Up to 40 characters. It is shown with your result."
    ];
    START_BUTTON = ["Start tjekket", "Starta kontrollen", "Aloita tarkastus", "Start the check"];
    RESUME_TITLE = ["Velkommen tilbage", "Välkommen tillbaka", "Tervetuloa takaisin", "Welcome back"];
    RESUME_BODY = [
        "Du har ufærdige svar på denne enhed: {n} af {total} udsagn.",
        "Du har ofullständiga svar på den här enheten: {n} av {total} påståenden.",
        "Sinulla on keskeneräisiä vastauksia tällä laitteella: {n}/{total} väittämää.",
        "You have unfinished answers on this device: {n} of {total} statements."
    ];
    RESUME_CONTINUE = ["Fortsæt, hvor jeg slap", "Fortsätt där jag slutade", "Jatka siitä, mihin jäin", "Continue where I left off"];
    START_OVER = ["Begynd forfra", "Börja om", "Aloita alusta", "Start over"];

    // --- Questionnaire ---
    PROGRESS = ["Fremskridt", "Framsteg", "Eteneminen", "Progress"];
    STEP_OF = ["Trin {k} af {total}", "Steg {k} av {total}", "Vaihe {k}/{total}", "Step {k} of {total}"];
    ANSWERED_OF = [
        "{n} af {total} udsagn besvaret",
        "{n} av {total} påståenden besvarade",
        "{n}/{total} väittämään vastattu",
        "{n} of {total} statements answered"
    ];
    STEP_DONE = ["færdig", "klart", "valmis", "done"];
    SCALE_1 = ["Helt uenig", "Instämmer inte alls", "Täysin eri mieltä", "Strongly disagree"];
    SCALE_2 = ["Uenig", "Instämmer inte", "Jokseenkin eri mieltä", "Disagree"];
    SCALE_3 = ["Hverken enig eller uenig", "Varken eller", "Ei samaa eikä eri mieltä", "Neither agree nor disagree"];
    SCALE_4 = ["Enig", "Instämmer", "Jokseenkin samaa mieltä", "Agree"];
    SCALE_5 = ["Helt enig", "Instämmer helt", "Täysin samaa mieltä", "Strongly agree"];
    DONT_KNOW = ["Ved ikke", "Vet inte", "En osaa sanoa", "Don't know"];
    NOT_RELEVANT = ["Ikke relevant for os", "Inte relevant för oss", "Ei koske meitä", "Not relevant for us"];
    BACK = ["Tilbage", "Tillbaka", "Takaisin", "Back"];
    NEXT = ["Næste", "Nästa", "Seuraava", "Next"];
    SEE_RESULTS = ["Se resultatet", "Se resultatet", "Näytä tulos", "See the result"];
    TO_START = ["Til forsiden", "Till startsidan", "Alkuun", "To the start page"];

    // --- Results ---
    RESULTS_TITLE = ["Dit billede af partnerskabet", "Din bild av partnerskapet", "Näkemyksesi kumppanuudesta", "Your view of the partnership"];
    SHARED_TITLE = ["Et delt resultat", "Ett delat resultat", "Jaettu tulos", "A shared result"];
    OVERALL = [
        "Partnerskabets samlede sundhed: {score} af 100 – {band}.",
        "Partnerskapets samlade hälsa: {score} av 100 – {band}.",
        "Kumppanuuden kokonaistilanne: {score}/100 – {band}.",
        "The partnership's overall health: {score} of 100, {band}."
    ];
    OVERALL_WEAKEST = [
        "Det svageste område er {area}.",
        "Det svagaste området är {area}.",
        "Heikoin alue on {area}.",
        "The weakest area is {area}."
    ];
    OVERALL_NO_WEAKEST = [
        "Intet enkelt område skiller sig ud som det svageste.",
        "Inget enskilt område sticker ut som det svagaste.",
        "Mikään yksittäinen alue ei erotu heikoimpana.",
        "No single area stands out as the weakest."
    ];
    OVERALL_CAPPED = [
        "Niveauet er sat ned, så det højst ligger ét niveau over det svageste område: et partnerskab med ét område i krise kaldes ikke stærkt.",
        "Nivån är sänkt så att den ligger högst en nivå över det svagaste området: ett partnerskap med ett område i kris kallas inte starkt.",
        "Tasoa on laskettu niin, että se on enintään yhden tason heikoimman alueen yläpuolella: kumppanuutta, jonka yksi alue on kriisissä, ei kutsuta vahvaksi.",
        "The band is lowered to at most one above the weakest area's: a partnership with one area in crisis is not called strong."
    ];
    OVERALL_GAPS = [
        "Informationshul: {areas}. De fleste svar dér var “ved ikke”.",
        "Kunskapslucka: {areas}. De flesta svaren där var ”vet inte”.",
        "Tietoaukko: {areas}. Useimmat vastaukset siellä olivat ”en osaa sanoa”.",
        "Information gap: {areas}. Most answers there were “don't know”."
    ];
    OVERALL_NONE = [
        "Et samlet tal kræver en score i mindst 5 af de 6 områder. Et område får en score, når mindst tre af dets udsagn er besvaret på skalaen.",
        "Ett samlat värde kräver värden i minst 5 av de 6 områdena. Ett område får ett värde när minst tre av dess påståenden är besvarade på skalan.",
        "Kokonaisluku edellyttää pisteitä vähintään viidellä kuudesta alueesta. Alue saa pisteet, kun vähintään kolmeen sen väittämään on vastattu asteikolla.",
        "An overall figure needs scores in at least 5 of the 6 areas. An area gets a score once at least three of its statements are answered on the scale."
    ];
    WEAKEST_NOTE = [
        "Det samlede tal er gennemsnittet af områderne; et område nævnes som det svageste, når det ligger mindst 5 point under alle de andre.",
        "Det samlade värdet är medelvärdet av områdena; ett område nämns som det svagaste när det ligger minst 5 poäng under alla andra.",
        "Kokonaisluku on alueiden keskiarvo; alue mainitaan heikoimpana, kun se on vähintään 5 pistettä kaikkia muita alempana.",
        "The overall figure is the mean of the areas; an area is named the weakest when it lies at least 5 points below all the others."
    ];
    BAND_NEEDS_ATTENTION = ["kræver opmærksomhed", "behöver uppmärksamhet", "vaatii huomiota", "needs attention"];
    BAND_DEVELOPING = ["under udvikling", "under utveckling", "kehittymässä", "developing"];
    BAND_STRONG = ["stærkt", "starkt", "vahva", "strong"];
    BANDS_EXPLAINED = [
        "Kræver opmærksomhed: under 40 · Under udvikling: 40–69 · Stærkt: 70 og derover",
        "Behöver uppmärksamhet: under 40 · Under utveckling: 40–69 · Starkt: 70 och över",
        "Vaatii huomiota: alle 40 · Kehittymässä: 40–69 · Vahva: 70 tai enemmän",
        "Needs attention: below 40 · Developing: 40–69 · Strong: 70 and above"
    ];
    NOT_ENOUGH = ["for få svar", "för få svar", "liian vähän vastauksia", "not enough answers"];
    RADAR_TITLE = ["De seks områder", "De sex områdena", "Kuusi aluetta", "The six areas"];
    RADAR_DESC = [
        "Radardiagram med de seks områders score fra 0 til 100. De samme tal står i tabellen nedenfor.",
        "Radardiagram med de sex områdenas värden från 0 till 100. Samma siffror finns i tabellen nedan.",
        "Tutkakaavio kuuden alueen pisteistä asteikolla 0–100. Samat luvut ovat alla olevassa taulukossa.",
        "Radar chart of the six area scores from 0 to 100. The same figures are in the table below."
    ];
    START_HERE = ["Tag med til næste møde", "Ta med till nästa möte", "Vie seuraavaan tapaamiseen", "Bring to the next meeting"];
    START_HERE_INTRO = [
        "Ét menneskes svar kan ikke afgøre, hvad partnerskabet skal gøre. Her er, hvad du kan tage op med de andre parter – de alvorligste svar først.",
        "En persons svar kan inte avgöra vad partnerskapet ska göra. Här är vad du kan ta upp med de andra parterna – de allvarligaste svaren först.",
        "Yhden ihmisen vastaukset eivät ratkaise, mitä kumppanuuden pitää tehdä. Tässä asiat, jotka voit ottaa esiin kumppanien kanssa – vakavimmat vastaukset ensin.",
        "One person's answers cannot settle what the partnership should do. These are things to raise with the partners, the most serious answers first."
    ];
    ACTION_GAP = [
        "Find ud af, hvad partnerskabet ikke ved om {area}: spørg hver part, hvilke af udsagnene de ikke kunne vurdere, og aftal, hvem der tager de manglende oplysninger med til næste møde.",
        "Ta reda på vad partnerskapet inte vet om {area}: fråga varje part vilka av påståendena de inte kunde bedöma, och kom överens om vem som tar med de uppgifter som saknas till nästa möte.",
        "Selvittäkää, mitä kumppanuudessa ei tiedetä alueesta {area}: kysykää jokaiselta kumppanilta, mitä väittämiä he eivät pystyneet arvioimaan, ja sopikaa, kuka tuo puuttuvat tiedot seuraavaan tapaamiseen.",
        "Find out what the partnership does not know about {area}: ask each partner which statements they could not judge, and agree who brings the missing facts to the next meeting."
    ];
    ACTION_CLARIFY = [
        "Afklar {area}: de fleste svar var “hverken enig eller uenig” eller “ved ikke”. Gå udsagnene igennem ét ad gangen på næste møde, og spørg, hvad der skulle til, for at hver part svarede ja eller nej.",
        "Reda ut {area}: de flesta svaren var ”varken eller” eller ”vet inte”. Gå igenom påståendena ett i taget på nästa möte och fråga vad som skulle få varje part att svara ja eller nej.",
        "Selkeyttäkää aluetta {area}: useimmat vastaukset olivat ”ei samaa eikä eri mieltä” tai ”en osaa sanoa”. Käykää väittämät läpi yksi kerrallaan seuraavassa tapaamisessa ja kysykää, mikä saisi kunkin kumppanin vastaamaan kyllä tai ei.",
        "Clarify {area}: most answers were “neither agree nor disagree” or “don't know”. At the next meeting, go through its statements one by one and ask what would make each partner answer yes or no."
    ];
    MORE_ACTIONS = ["Også værd at gøre", "Också värt att göra", "Tee myös nämä", "Also worth doing"];
    NO_ACTIONS = [
        "Besvar flere udsagn for at få forslag til handlinger.",
        "Besvara fler påståenden för att få förslag på åtgärder.",
        "Vastaa useampaan väittämään saadaksesi toimenpide-ehdotuksia.",
        "Answer more statements to get suggested actions."
    ];
    SEE_AREA = ["Se området {area}", "Se området {area}", "Katso alue: {area}", "See the area {area}"];
    TABLE_CAPTION = ["Score pr. område", "Värden per område", "Pisteet alueittain", "Scores by area"];
    COL_AREA = ["Område", "Område", "Alue", "Area"];
    COL_SCORE = ["Score (0–100)", "Värde (0–100)", "Pisteet (0–100)", "Score (0–100)"];
    COL_BAND = ["Niveau", "Nivå", "Taso", "Band"];
    COL_ANSWERED = ["Besvaret", "Besvarade", "Vastattu", "Answered"];
    COL_DONT_KNOW = ["Ved ikke", "Vet inte", "En osaa sanoa", "Don't know"];
    COL_NOT_RELEVANT = ["Ikke relevant", "Inte relevant", "Ei koske", "Not relevant"];
    DETAILS_TITLE = ["Svarene område for område", "Svaren område för område", "Vastaukset alueittain", "The answers, area by area"];
    NOT_ANSWERED = ["Ikke besvaret", "Inte besvarat", "Ei vastattu", "Not answered"];
    DONT_KNOW_FINDING = [
        "{n} × “ved ikke”. Mange “ved ikke” er et fund i sig selv: hvem kender svaret?",
        "{n} × ”vet inte”. Många ”vet inte” är ett resultat i sig: vem vet svaret?",
        "{n} × ”en osaa sanoa”. Moni ”en osaa sanoa” on jo itsessään havainto: kuka tietää vastauksen?",
        "{n} × “don't know”. Many of these are a finding in themselves: who does know?"
    ];
    CHANGE_ANSWERS = ["Ret mine svar", "Ändra mina svar", "Muokkaa vastauksiani", "Change my answers"];

    // --- Sharing ---
    SHARE_TITLE = ["Del resultatet", "Dela resultatet", "Jaa tulos", "Share the result"];
    SHARE_INTRO = [
        "Linket rummer dine svar. Alle med linket kan se dette resultat; det gemmes ingen andre steder. Send det kun til facilitatoren, ikke i en fælles chat: så kan facilitatoren samle alles links i ét teambillede, uden at de andre ser dine svar.",
        "Länken innehåller dina svar. Alla som har länken ser resultatet; det sparas ingen annanstans. Skicka den bara till samtalsledaren, inte i en gemensam chatt: då kan samtalsledaren samla allas länkar till en gemensam bild utan att de andra ser dina svar.",
        "Linkki sisältää vastauksesi. Jokainen, jolla on linkki, näkee tuloksen; sitä ei tallenneta muualle. Lähetä se vain fasilitaattorille, älä yhteiseen keskusteluun: fasilitaattori voi koota kaikkien linkit yhdeksi tiimikuvaksi ilman, että muut näkevät vastauksesi.",
        "The link holds your answers. Anyone with it sees this result; it is stored nowhere else. Send it to the facilitator only, not to a shared chat: the facilitator can combine everyone's links into one team picture without the others seeing your answers."
    ];
    RESULT_LINK = ["Link til resultatet", "Länk till resultatet", "Linkki tulokseen", "Result link"];
    COPY_LINK = ["Kopiér link", "Kopiera länk", "Kopioi linkki", "Copy link"];
    COPIED = ["Linket er kopieret", "Länken är kopierad", "Linkki kopioitu", "Link copied"];
    COPY_FAILED = [
        "Kunne ikke kopiere. Markér linket, og kopiér det selv.",
        "Det gick inte att kopiera. Markera länken och kopiera den själv.",
        "Kopiointi ei onnistunut. Valitse linkki ja kopioi se itse.",
        "Could not copy. Select the link and copy it yourself."
    ];
    QR_TITLE = ["QR-kode med linket", "QR-kod med länken", "QR-koodi linkistä", "QR code of the link"];
    QR_TOO_LONG = [
        "Linket er for langt til en QR-kode, som telefoner kan læse sikkert. Kopiér linket, og send det i stedet.",
        "Länken är för lång för en QR-kod som telefoner kan läsa säkert. Kopiera länken och skicka den i stället.",
        "Linkki on liian pitkä QR-koodiksi, jonka puhelimet lukisivat luotettavasti. Kopioi linkki ja lähetä se sen sijaan.",
        "This link is too long for a QR code that phones can read reliably. Copy the link and send it instead."
    ];
    PRINT = ["Udskriv", "Skriv ut", "Tulosta", "Print"];
    DOWNLOAD_RADAR = ["Hent radaren (SVG)", "Ladda ner radarn (SVG)", "Lataa tutkakaavio (SVG)", "Download the radar (SVG)"];

    // --- Shared result ---
    SHARED_ABOUT = ["Om besvarelsen", "Om svaret", "Vastauksen tiedot", "About this result"];
    SHARED_LABEL = ["Partnerskab", "Partnerskap", "Kumppanuus", "Partnership"];
    SHARED_SECTOR = ["Sektor", "Sektor", "Sektori", "Sector"];
    SHARED_DATE = ["Dato", "Datum", "Päivämäärä", "Date"];
    NOT_GIVEN = ["Ikke oplyst", "Inte angivet", "Ei ilmoitettu", "Not given"];
    TAKE_CHECK = ["Tag selv tjekket", "Gör kontrollen själv", "Tee tarkastus itse", "Take the check yourself"];

    // --- Damaged links ---
    LINK_ERROR_TITLE = ["Linket kan ikke åbnes", "Länken går inte att öppna", "Linkkiä ei voi avata", "This link cannot be opened"];
    ERR_NOT_FOUND = [
        "Adressen indeholder ikke et Samspil-resultat.",
        "Adressen innehåller inget Samspil-resultat.",
        "Osoitteessa ei ole Samspil-tulosta.",
        "The address does not contain a Samspil result."
    ];
    ERR_BAD_CHARACTER = [
        "Linket indeholder et tegn, der ikke hører til. Det er sandsynligvis blevet ændret, da det blev kopieret.",
        "Länken innehåller ett tecken som inte hör dit. Den har troligen ändrats när den kopierades.",
        "Linkissä on merkki, joka ei kuulu siihen. Se on luultavasti muuttunut kopioitaessa.",
        "The link contains a character that does not belong in it. It was probably changed when it was copied."
    ];
    ERR_BAD_LENGTH = [
        "Linket er for kort eller for langt. Det er sandsynligvis blevet afkortet, da det blev sendt.",
        "Länken är för kort eller för lång. Den har troligen kortats av när den skickades.",
        "Linkki on liian lyhyt tai pitkä. Se on luultavasti katkennut lähetettäessä.",
        "The link is too short or too long. It was probably cut off when it was sent."
    ];
    ERR_BAD_CHECKSUM = [
        "Linket er ændret eller afkortet, så svarene i det kan ikke bruges.",
        "Länken har ändrats eller kortats av, så svaren i den går inte att lita på.",
        "Linkki on muuttunut tai katkennut, joten sen vastauksiin ei voi luottaa.",
        "The link was changed or cut off, so its answers cannot be trusted."
    ];
    ERR_UNKNOWN_VERSION = [
        "Linket er lavet af en nyere version af Samspil. Genindlæs siden for at få den nyeste version.",
        "Länken är gjord med en nyare version av Samspil. Ladda om sidan för att få den senaste versionen.",
        "Linkki on tehty Samspilin uudemmalla versiolla. Lataa sivu uudelleen saadaksesi uusimman version.",
        "The link was made by a newer version of Samspil. Reload the page to get the newest version."
    ];
    ERR_OUT_OF_RANGE = [
        "Linket indeholder værdier, som Samspil ikke kender.",
        "Länken innehåller värden som Samspil inte känner igen.",
        "Linkissä on arvoja, joita Samspil ei tunnista.",
        "The link holds values that Samspil does not recognise."
    ];
    ERR_WRONG_KIND = [
        "Det er et teamlink, hvor der skulle være et resultatlink, eller omvendt.",
        "Det är en teamlänk där en resultatlänk väntades, eller tvärtom.",
        "Tämä on tiimilinkki, vaikka odotettiin tuloslinkkiä, tai päinvastoin.",
        "This is a team link where a result link was expected, or the other way round."
    ];
    ERR_SUMMARY_ONLY = [
        "Det er et resumé til referatet: det rummer ingen enkeltpersoners svar og kan ikke føjes til et team. Åbn det for at se teamets tal.",
        "Det är en sammanfattning för minnesanteckningarna: den innehåller inga enskilda svar och kan inte läggas till i ett team. Öppna den för att se teamets siffror.",
        "Tämä on muistion yhteenveto: se ei sisällä kenenkään omia vastauksia, eikä sitä voi lisätä tiimiin. Avaa se nähdäksesi tiimin luvut.",
        "This is a summary for the minutes: it holds no one's own answers and cannot be added to a team. Open it to see the team's figures."
    ];
    LINK_ERROR_HELP = [
        "Bed afsenderen om et nyt link, eller tag dit eget tjek. Dine egne svar på denne enhed er ikke berørt.",
        "Be avsändaren om en ny länk, eller gör din egen kontroll. Dina egna svar på den här enheten påverkas inte.",
        "Pyydä lähettäjältä uusi linkki tai tee oma tarkastuksesi. Omat vastauksesi tällä laitteella säilyvät ennallaan.",
        "Ask the person who sent it for a fresh link, or take your own check. Your own answers on this device are untouched."
    ];
    START_FRESH = ["Gå til forsiden", "Gå till startsidan", "Siirry alkuun", "Go to the start page"];
    PANIC_TITLE = [
        "Noget gik galt",
        "Något gick fel",
        "Jokin meni vikaan",
        "Something went wrong"
    ];
    PANIC_BODY = [
        "Samspil stødte på en fejl. Dine svar er gemt i linket og på denne enhed. Genindlæs siden for at fortsætte, hvor du slap.",
        "Samspil stötte på ett fel. Dina svar finns kvar i länken och på den här enheten. Ladda om sidan för att fortsätta där du var.",
        "Samspil kohtasi virheen. Vastauksesi ovat tallessa linkissä ja tällä laitteella. Lataa sivu uudelleen jatkaaksesi siitä, mihin jäit.",
        "Samspil ran into an error. Your answers are kept in the link and on this device. Reload the page to carry on where you were."
    ];
    PANIC_RELOAD = ["Genindlæs siden", "Ladda om sidan", "Lataa sivu uudelleen", "Reload the page"];
}
