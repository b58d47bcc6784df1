//! The content of question bank version 1: thirty statements in six areas, with a
//! remedy for each statement, band actions and facilitator questions for each area,
//! in Danish, Swedish, Finnish and English.
//!
//! The statements are grounded in the project's seed articles (a Swedish step-by-step
//! guide to welfare partnerships, a Danish volunteer centre's co-creation methods,
//! Finnish shared-value partnerships, the Danish "new actors on the welfare pitch"
//! piece on the three roles of non-public actors and equal standing, and Danish
//! cross-municipal collaboration) and in the dimensions shared by the Wilder
//! Collaboration Factors Inventory, the Nuffield Partnership Assessment Tool and the
//! Program Sustainability Assessment Tool (PSAT). The wording is our own; no
//! instrument item is copied. Each item's `source` names where it comes from.
//!
//! Item ids are permanent: never reorder, reuse or change the meaning of an item here.

use super::bank::{Area, AreaInfo, Item, ItemId};
use super::i18n::Tr;

/// The thirty statements of bank version 1, in id order (five per area, in area order).
pub static ITEMS: [Item; 30] = [
    Item {
        id: ItemId(1),
        area: Area::SharedGoals,
        text: Tr([
            "Alle parter, også målgruppen, var med til at definere formålet med samarbejdet.",
            "Alla parter, även målgruppen, var med och formulerade syftet med samverkan.",
            "Kaikki osapuolet, myös kohderyhmä, olivat mukana määrittelemässä kumppanuuden tarkoitusta.",
            "All partners, including the target group, took part in defining the purpose.",
        ]),
        remedy: Tr([
            "Invitér to personer fra målgruppen til næste partnermøde, og omskriv formålet sammen til én sætning.",
            "Bjud in två personer från målgruppen till nästa partnermöte och formulera om syftet tillsammans i en mening.",
            "Kutsukaa kaksi kohderyhmän edustajaa seuraavaan kumppanitapaamiseen ja kirjoittakaa tarkoitus yhdessä uudelleen yhdeksi lauseeksi.",
            "Invite two people from the target group to the next partner meeting and rewrite the purpose together in one sentence.",
        ]),
        source: "Seed: Danish volunteer centre methods (involve all parties, especially the target group, in defining the purpose); Wilder: shared vision; Nuffield: principle 2 (clarity of purpose)",
    },
    Item {
        id: ItemId(2),
        area: Area::SharedGoals,
        text: Tr([
            "Vi har skrevet ét fælles mål ned, som alle parter kan forklare.",
            "Vi har skrivit ner ett gemensamt mål som alla parter kan förklara.",
            "Olemme kirjanneet yhden yhteisen tavoitteen, jonka jokainen kumppani osaa selittää.",
            "We have written down one shared goal that every partner can explain.",
        ]),
        remedy: Tr([
            "Bed koordinatoren om at skrive et udkast til det fælles mål i én sætning inden fredag; hver part godkender eller retter det før næste møde.",
            "Be samordnaren skriva ett utkast till det gemensamma målet i en mening till fredag; varje part godkänner eller justerar det före nästa möte.",
            "Pyytäkää koordinaattoria luonnostelemaan yhteinen tavoite yhdeksi lauseeksi perjantaihin mennessä; jokainen kumppani hyväksyy tai muokkaa sitä ennen seuraavaa tapaamista.",
            "Ask the coordinator to draft the shared goal in one sentence by Friday; every partner confirms or edits it before the next meeting.",
        ]),
        source: "Seed: Swedish step-by-step guide (identify shared goals first); Wilder: concrete, attainable goals; Nuffield: principle 2 (clarity of purpose)",
    },
    Item {
        id: ItemId(3),
        area: Area::SharedGoals,
        text: Tr([
            "Hver part har åbent sagt, hvad den ønsker at få ud af partnerskabet.",
            "Varje part har öppet sagt vad den vill få ut av partnerskapet.",
            "Jokainen kumppani on kertonut avoimesti, mitä se haluaa kumppanuudesta saada.",
            "Each partner has said openly what it wants to gain from the partnership.",
        ]),
        remedy: Tr([
            "Hold en workshop på 60 minutter, hvor hver part skriver ned, hvad den har brug for fra partnerskabet; bliv enige om ét fælles mål.",
            "Håll en workshop på 60 minuter där varje part skriver ner vad den behöver från partnerskapet; enas om ett gemensamt mål.",
            "Järjestäkää 60 minuutin työpaja, jossa jokainen kumppani kirjoittaa, mitä se tarvitsee kumppanuudelta; sopikaa yhdestä yhteisestä tavoitteesta.",
            "Hold a 60-minute workshop where every partner writes down what they need from the partnership; agree on one shared goal.",
        ]),
        source: "Seed: Swedish step-by-step guide (conflicting interests); Seed: Finnish shared-value partnerships (unclear benefits); Wilder: members see collaboration as in their self-interest; Nuffield: principle 3 (commitment and ownership)",
    },
    Item {
        id: ItemId(4),
        area: Area::SharedGoals,
        text: Tr([
            "Ikke-offentlige parter har lige så meget at sige om vores mål som de offentlige.",
            "Idéburna och andra icke-offentliga parter har lika stort inflytande över målen som de offentliga.",
            "Järjestöillä ja muilla ei-julkisilla kumppaneilla on tavoitteista yhtä paljon sananvaltaa kuin julkisilla.",
            "Non-public partners have as much say over our goals as public partners.",
        ]),
        remedy: Tr([
            "Lad de ikke-offentlige parter fremlægge det første udkast til målene på næste møde; kommunen og de øvrige offentlige parter kommenterer bagefter.",
            "Låt de idéburna och andra icke-offentliga parterna lägga fram det första utkastet till målen på nästa möte; de offentliga parterna kommenterar efteråt.",
            "Antakaa järjestöjen ja muiden ei-julkisten kumppaneiden esitellä tavoitteiden ensimmäinen luonnos seuraavassa tapaamisessa; kunta ja muut julkiset toimijat kommentoivat vasta sen jälkeen.",
            "At the next meeting, let the non-public partners present the first draft of the goals; the public partners respond afterwards.",
        ]),
        source: "Seed: Danish new actors on the welfare pitch (engagement springs from equal standing); Wilder: mutual respect, understanding and trust; Nuffield: principle 4 (trust)",
    },
    Item {
        id: ItemId(5),
        area: Area::SharedGoals,
        text: Tr([
            "Vi har tjekket, at vores mål er realistiske med den tid og de penge, vi har.",
            "Vi har stämt av att våra mål är realistiska med den tid och de pengar vi har.",
            "Olemme varmistaneet, että tavoitteemme ovat realistisia käytettävissä olevalla ajalla ja rahalla.",
            "We have checked that our goals are realistic with the time and money we have.",
        ]),
        remedy: Tr([
            "Lad hver part skrive op, hvor mange timer og penge den kan bidrage med; sammenlign listen med målene på næste møde, og udskyd de mål, der ikke kan nås.",
            "Låt varje part lista hur många timmar och hur mycket pengar den kan bidra med; jämför listan med målen på nästa möte och skjut upp mål som inte ryms.",
            "Pyytäkää jokaista kumppania listaamaan, kuinka monta tuntia ja kuinka paljon rahaa se voi antaa; verratkaa listaa tavoitteisiin seuraavassa tapaamisessa ja siirtäkää myöhemmäksi tavoitteet, joihin resurssit eivät riitä.",
            "Have each partner list the hours and money it can give; at the next meeting, compare the list with the goals and postpone any goal that does not fit.",
        ]),
        source: "Seed: Finnish shared-value partnerships (new models take time and resources); Wilder: concrete, attainable goals; Nuffield: principle 2 (realism of purpose); PSAT: strategic planning",
    },
    Item {
        id: ItemId(6),
        area: Area::Communication,
        text: Tr([
            "Vi mødes med faste, regelmæssige mellemrum – ikke kun når der opstår problemer.",
            "Vi träffas regelbundet på fasta tider, inte bara när problem uppstår.",
            "Tapaamme säännöllisesti sovituin väliajoin emmekä vain silloin, kun ongelmia ilmenee.",
            "We meet at regular, fixed intervals, not only when problems arise.",
        ]),
        remedy: Tr([
            "Book allerede i denne uge faste mødedatoer for det næste halve år i alle parters kalendere.",
            "Boka redan den här veckan in fasta mötesdatum för det kommande halvåret i alla parters kalendrar.",
            "Varatkaa vielä tällä viikolla kiinteät tapaamispäivät seuraavaksi puoleksi vuodeksi kaikkien kumppaneiden kalentereihin.",
            "This week, book fixed meeting dates for the next six months in every partner's calendar.",
        ]),
        source: "Seed: Swedish step-by-step guide (structured channels such as regular meetings); Wilder: open and frequent communication; Nuffield: principle 5 (clear partnership arrangements); PSAT: communications",
    },
    Item {
        id: ItemId(7),
        area: Area::Communication,
        text: Tr([
            "Vi har ét fælles sted, hvor alle parter kan finde den nyeste information.",
            "Vi har en gemensam plats där alla parter hittar den senaste informationen.",
            "Meillä on yksi yhteinen paikka, josta kaikki kumppanit löytävät ajantasaisen tiedon.",
            "We have one shared place where all partners find the latest information.",
        ]),
        remedy: Tr([
            "Vælg én fælles mappe eller kanal i denne uge; koordinatoren flytter de aktuelle dokumenter dertil og sender linket til alle parter.",
            "Välj en gemensam mapp eller kanal den här veckan; samordnaren flyttar dit aktuella dokument och skickar länken till alla parter.",
            "Valitkaa tällä viikolla yksi yhteinen kansio tai kanava; koordinaattori siirtää ajankohtaiset asiakirjat sinne ja lähettää linkin kaikille kumppaneille.",
            "Choose one shared folder or channel this week; the coordinator moves current documents there and sends the link to all partners.",
        ]),
        source: "Seed: Swedish step-by-step guide (shared platforms; do not assume everyone knows the details); Wilder: established communication links",
    },
    Item {
        id: ItemId(8),
        area: Area::Communication,
        text: Tr([
            "Uenigheder bliver taget op åbent på vores møder, ikke kun på gangen.",
            "Oenigheter tas upp öppet på våra möten, inte bara i korridoren.",
            "Erimielisyydet otetaan puheeksi avoimesti kokouksissa eikä vain käytävillä.",
            "Disagreements are raised openly in our meetings, not only in the corridor.",
        ]),
        remedy: Tr([
            "Start næste møde med en runde på fem minutter, hvor hver part nævner én ting, der bekymrer den.",
            "Inled nästa möte med en femminutersrunda där varje part nämner en sak som oroar den.",
            "Aloittakaa seuraava tapaaminen viiden minuutin kierroksella, jossa jokainen kumppani kertoo yhden asian, joka sitä huolettaa.",
            "Open the next meeting with a five-minute round where each partner names one thing that worries it.",
        ]),
        source: "Seed: Swedish step-by-step guide (an open communicative culture where every party can speak freely); Wilder: mutual respect, understanding and trust; Nuffield: principle 4 (trust)",
    },
    Item {
        id: ItemId(9),
        area: Area::Communication,
        text: Tr([
            "Vi deler erfaringer fra hverdagen med hinanden, også mellem møderne.",
            "Vi delar erfarenheter från vardagsarbetet med varandra även mellan mötena.",
            "Jaamme arjen työn oppeja toisillemme myös kokousten välillä.",
            "We share lessons from our daily work with each other between meetings.",
        ]),
        remedy: Tr([
            "Start i denne uge en månedlig mail- eller chattråd, hvor hver part deler én erfaring fra hverdagen.",
            "Starta den här veckan en månatlig mejl- eller chattråd där varje part delar en erfarenhet från vardagen.",
            "Perustakaa tällä viikolla kuukausittainen sähköposti- tai chat-ketju, jossa jokainen kumppani jakaa yhden kokemuksen arjen työstä.",
            "Start a monthly email or chat thread this week where each partner posts one experience from its daily work.",
        ]),
        source: "Seed: Danish cross-municipal collaboration (ongoing knowledge sharing between experts); Seed: Swedish step-by-step guide (knowledge exchange); Wilder: informal relationships and communication links",
    },
    Item {
        id: ItemId(10),
        area: Area::Communication,
        text: Tr([
            "Efter hvert møde får alle parter et kort referat af, hvad der blev besluttet.",
            "Efter varje möte får alla parter korta minnesanteckningar om vad som beslutades.",
            "Jokainen kumppani saa jokaisen kokouksen jälkeen lyhyen muistion tehdyistä päätöksistä.",
            "After each meeting, every partner receives a short note of what was decided.",
        ]),
        remedy: Tr([
            "Fra næste møde sender mødelederen tre linjer om beslutninger og ansvarlige til alle parter inden for 24 timer.",
            "Från och med nästa möte skickar mötesledaren tre rader om beslut och ansvariga till alla parter inom ett dygn.",
            "Seuraavasta tapaamisesta alkaen puheenjohtaja lähettää kaikille kumppaneille vuorokauden sisällä kolmen rivin yhteenvedon päätöksistä ja vastuuhenkilöistä.",
            "From the next meeting on, the chair sends three lines on decisions and owners to all partners within 24 hours.",
        ]),
        source: "Seed: Swedish step-by-step guide (unclear communication causes misunderstandings); Wilder: open and frequent communication; Nuffield: principle 5 (robust partnership arrangements)",
    },
    Item {
        id: ItemId(11),
        area: Area::Roles,
        text: Tr([
            "Rollerne er skrevet ned – ikke kun aftalt mundtligt.",
            "Rollerna finns nedskrivna, inte bara muntligt överenskomna.",
            "Roolit on kirjattu ylös, eikä niistä ole sovittu vain suullisesti.",
            "Roles are written down, not only agreed orally.",
        ]),
        remedy: Tr([
            "Skriv en samarbejdsaftale på én side om, hvem der gør hvad, underskriv den på næste møde, og gennemgå den hvert halve år.",
            "Skriv en överenskommelse på en sida om vem som gör vad, skriv under den på nästa möte och se över den varje halvår.",
            "Kirjoittakaa yhden sivun sopimus siitä, kuka tekee mitä, allekirjoittakaa se seuraavassa tapaamisessa ja tarkistakaa se puolen vuoden välein.",
            "Write a one-page agreement on who does what, sign it at the next meeting and review it every six months.",
        ]),
        source: "Seed: Danish volunteer centre methods (unclear roles based on oral agreements hamper the process); Wilder: clear roles and policy guidelines; Nuffield: principle 5 (clear partnership arrangements)",
    },
    Item {
        id: ItemId(12),
        area: Area::Roles,
        text: Tr([
            "Vi har aftalt, om hver part skal pege på behov, udtænke løsninger eller udføre dem.",
            "Vi har kommit överens om ifall varje part ska peka på behov, utforma lösningar eller genomföra dem.",
            "Olemme sopineet, nostaako kukin kumppani esiin tarpeita, ideoiko se ratkaisuja vai toteuttaako se niitä.",
            "We have agreed whether each partner points out needs, designs solutions or delivers them.",
        ]),
        remedy: Tr([
            "Gennemgå på næste møde de tre roller – at pege på behov, udtænke løsninger og udføre dem – og skriv ned, hvilken rolle hver part har.",
            "Gå på nästa möte igenom de tre rollerna – att peka på behov, utforma lösningar och genomföra dem – och skriv ner vilken roll varje part har.",
            "Käykää seuraavassa tapaamisessa läpi kolme roolia – tarpeiden esiin nostaminen, ratkaisujen ideointi ja niiden toteuttaminen – ja kirjatkaa, mikä rooli kullakin kumppanilla on.",
            "At the next meeting, go through the three roles – pointing out needs, designing solutions, delivering them – and note which one each partner takes.",
        ]),
        source: "Seed: Danish new actors on the welfare pitch (three roles of non-public actors); Wilder: appropriate cross-section of members; Nuffield: principle 5 (clear partnership arrangements)",
    },
    Item {
        id: ItemId(13),
        area: Area::Roles,
        text: Tr([
            "Vi ved, hvem der kan træffe hvilke beslutninger i partnerskabet.",
            "Vi vet vem som får fatta vilka beslut i partnerskapet.",
            "Tiedämme, kuka kumppanuudessa saa päättää mistäkin asioista.",
            "We know who can make which decisions in the partnership.",
        ]),
        remedy: Tr([
            "Lav inden for to uger et enkelt beslutningskort: hvad styregruppen beslutter, hvad arbejdsgruppen beslutter, og hvem der godkender udgifter.",
            "Gör inom två veckor en enkel beslutskarta: vad styrgruppen beslutar, vad arbetsgruppen beslutar och vem som godkänner utgifter.",
            "Laatikaa kahden viikon kuluessa yksinkertainen päätöskartta: mistä ohjausryhmä päättää, mistä työryhmä päättää ja kuka hyväksyy menot.",
            "Within two weeks, draw a simple decision map: what the steering group decides, what the working group decides and who approves spending.",
        ]),
        source: "Seed: Danish new actors on the welfare pitch (when the public sector steers alone, collaboration shrinks to consultation); Wilder: multiple layers of participation; Nuffield: principle 5 (clear partnership arrangements)",
    },
    Item {
        id: ItemId(14),
        area: Area::Roles,
        text: Tr([
            "Hver part har gjort klart, hvor meget tid, personale eller økonomi den bidrager med.",
            "Varje part har angett hur mycket tid, personal eller pengar den bidrar med.",
            "Jokainen kumppani on kertonut, kuinka paljon aikaa, henkilöstöä tai rahaa se antaa yhteistyöhön.",
            "Each partner has named the hours, staff or money it puts in.",
        ]),
        remedy: Tr([
            "Bed hver part om at sende koordinatoren sit bidrag i timer og kroner for det næste halve år inden udgangen af måneden.",
            "Be varje part skicka sitt bidrag i timmar och kronor för det kommande halvåret till samordnaren före månadens slut.",
            "Pyytäkää jokaista kumppania ilmoittamaan koordinaattorille kuun loppuun mennessä panoksensa tunteina ja euroina seuraavaksi puoleksi vuodeksi.",
            "Ask each partner to send the coordinator its contribution in hours and money for the next six months by the end of the month.",
        ]),
        source: "Seed: Swedish step-by-step guide (shared resource base, resource shortages); Seed: Finnish shared-value partnerships (who pays for the development work); Wilder: sufficient funds, staff, materials and time; PSAT: organisational capacity",
    },
    Item {
        id: ItemId(15),
        area: Area::Roles,
        text: Tr([
            "En neutral facilitator leder den fælles proces, så ingen part styrer den alene.",
            "En neutral processledare leder vårt gemensamma arbete, så att ingen part styr det ensam.",
            "Puolueeton fasilitaattori vetää yhteistä prosessiamme, jottei mikään osapuoli ohjaa sitä yksin.",
            "A neutral facilitator leads our joint process, so no single partner steers it alone.",
        ]),
        remedy: Tr([
            "Bed inden for en måned en uvildig part, fx det lokale frivilligcenter eller et universitet, om at facilitere de næste to møder.",
            "Be inom en månad en oberoende part, till exempel en frivilligcentral eller ett lärosäte, att leda de två nästa mötena.",
            "Pyytäkää kuukauden sisällä puolueetonta tahoa, esimerkiksi korkeakoulua tai paikallista järjestöjen yhteistyöverkostoa, fasilitoimaan kaksi seuraavaa tapaamista.",
            "Within a month, ask an independent party, such as a volunteer centre or a university, to facilitate the next two meetings.",
        ]),
        source: "Seed: Danish new actors on the welfare pitch (a neutral third party keeps the process equal); Seed: Finnish shared-value partnerships (cross-sector “interpreters”); Wilder: skilled leadership",
    },
    Item {
        id: ItemId(16),
        area: Area::Evaluation,
        text: Tr([
            "Vi aftalte målbare succeskriterier, da partnerskabet startede.",
            "Vi kom överens om mätbara framgångskriterier när partnerskapet startade.",
            "Sovimme mitattavista onnistumisen kriteereistä kumppanuuden alussa.",
            "We agreed on measurable success criteria when the partnership started.",
        ]),
        remedy: Tr([
            "Bliv på næste møde enige om tre målbare succeskriterier, hver med et tal og en dato, og skriv dem ind i aftalen.",
            "Kom på nästa möte överens om tre mätbara framgångskriterier, vart och ett med en siffra och ett datum, och för in dem i överenskommelsen.",
            "Sopikaa seuraavassa tapaamisessa kolmesta mitattavasta onnistumisen kriteeristä, joilla kullakin on luku ja päivämäärä, ja kirjatkaa ne sopimukseen.",
            "At the next meeting, agree on three measurable success criteria, each with a number and a date, and add them to the agreement.",
        ]),
        source: "Seed: Swedish step-by-step guide (define clear measures from the start); Nuffield: principle 6 (monitor, measure and learn); PSAT: program evaluation",
    },
    Item {
        id: ItemId(17),
        area: Area::Evaluation,
        text: Tr([
            "Vi følger op på vores fremskridt i forhold til kriterierne på faste tidspunkter i løbet af året.",
            "Vi följer upp hur vi ligger till mot kriterierna vid fasta tidpunkter under året.",
            "Seuraamme edistymistämme kriteereihin nähden sovittuina ajankohtina vuoden aikana.",
            "We check our progress against the criteria at fixed points in the year.",
        ]),
        remedy: Tr([
            "Sæt allerede nu to opfølgninger i kalenderen, én midtvejs og én ved årets udgang, og udpeg, hvem der forbereder tallene.",
            "Lägg redan nu in två uppföljningar i kalendern, en halvvägs och en vid årets slut, och utse vem som tar fram siffrorna.",
            "Merkitkää jo nyt kalenteriin kaksi seurantahetkeä, toinen puolivälissä ja toinen vuoden lopussa, ja nimetkää, kuka kokoaa luvut.",
            "Put two progress checks in the calendar now, one halfway and one at year end, and name who prepares the figures.",
        ]),
        source: "Seed: Swedish step-by-step guide (evaluate progress regularly); Nuffield: principle 6 (monitor, measure and learn); PSAT: program evaluation",
    },
    Item {
        id: ItemId(18),
        area: Area::Evaluation,
        text: Tr([
            "Målgruppen er med til at vurdere, om partnerskabet gør en forskel.",
            "Målgruppen är med och bedömer om partnerskapet gör skillnad.",
            "Kohderyhmä on mukana arvioimassa, saako kumppanuus aikaan muutosta.",
            "The target group helps us judge whether the partnership makes a difference.",
        ]),
        remedy: Tr([
            "Invitér før næste statusrapport tre personer fra målgruppen til en samtale på 45 minutter om, hvad der har ændret sig for dem.",
            "Bjud före nästa lägesrapport in tre personer från målgruppen till ett samtal på 45 minuter om vad som har förändrats för dem.",
            "Kutsukaa ennen seuraavaa tilanneraporttia kolme kohderyhmän edustajaa 45 minuutin keskusteluun siitä, mikä heidän arjessaan on muuttunut.",
            "Before the next status report, invite three people from the target group to a 45-minute talk about what has changed for them.",
        ]),
        source: "Seed: Swedish step-by-step guide (involve citizens in decisions and evaluations); Seed: Danish volunteer centre methods (avoid wrong assumptions about the target group); Wilder: evaluation and continuous learning",
    },
    Item {
        id: ItemId(19),
        area: Area::Evaluation,
        text: Tr([
            "Vi har ændret mindst én arbejdsgang på baggrund af det, vi har målt.",
            "Vi har ändrat minst ett arbetssätt utifrån det vi har mätt.",
            "Olemme muuttaneet ainakin yhtä toimintatapaa mittaustulosten perusteella.",
            "We have changed at least one way of working because of what we measured.",
        ]),
        remedy: Tr([
            "Afslut næste evalueringsmøde med at vælge ét resultat og beslutte én konkret ændring, der skal være gennemført til mødet efter.",
            "Avsluta nästa utvärderingsmöte med att välja ett resultat och besluta om en konkret förändring som ska vara genomförd till mötet därpå.",
            "Päättäkää seuraava arviointitapaaminen valitsemalla yksi tulos ja sopimalla yhdestä konkreettisesta muutoksesta, joka tehdään ennen sitä seuraavaa tapaamista.",
            "End the next evaluation meeting by picking one result and deciding one concrete change to make before the following meeting.",
        ]),
        source: "Seed: Danish cross-municipal collaboration (learn from what fails, adjust locally); Wilder: evaluation and continuous learning; Nuffield: principle 6 (monitor, measure and learn); PSAT: program evaluation",
    },
    Item {
        id: ItemId(20),
        area: Area::Evaluation,
        text: Tr([
            "Vi rapporterer vores resultater til ledelsen i alle partnerorganisationer.",
            "Vi rapporterar våra resultat till ledningen i varje partnerorganisation.",
            "Raportoimme tuloksistamme jokaisen kumppaniorganisaation johdolle.",
            "We report our results to the leaders of every partner organisation.",
        ]),
        remedy: Tr([
            "Send inden for en måned en status på én side med tal til ledelsen i alle partnerorganisationer; gentag det hvert kvartal.",
            "Skicka inom en månad en lägesbild på en sida med siffror till ledningen i alla partnerorganisationer; upprepa det varje kvartal.",
            "Lähettäkää kuukauden sisällä yhden sivun tilannekatsaus lukuineen kaikkien kumppaniorganisaatioiden johdolle; toistakaa se neljännesvuosittain.",
            "Within a month, send a one-page status with figures to the leaders of all partner organisations; repeat it every quarter.",
        ]),
        source: "Seed: Swedish step-by-step guide (transparency about how welfare resources are used); PSAT: communications; PSAT: organisational capacity (leadership support)",
    },
    Item {
        id: ItemId(21),
        area: Area::Flexibility,
        text: Tr([
            "Vi tilpasser vores aktiviteter, når målgruppens behov ændrer sig.",
            "Vi anpassar verksamheten när målgruppens behov förändras.",
            "Muokkaamme toimintaamme, kun kohderyhmän tarpeet muuttuvat.",
            "We adjust our activities when the needs of the target group change.",
        ]),
        remedy: Tr([
            "Spørg målgruppen og de medarbejdere, der er tættest på den, hvad der har ændret sig i behovene; hold aktivitetsplanen op mod svarene på næste møde.",
            "Fråga målgruppen och personalen närmast den vad som har förändrats i behoven; stäm av aktivitetsplanen mot svaren på nästa möte.",
            "Kysykää kohderyhmältä ja sen kanssa työskenteleviltä, miten tarpeet ovat muuttuneet; verratkaa toimintasuunnitelmaa vastauksiin seuraavassa tapaamisessa.",
            "Ask the target group and the staff closest to it how their needs have changed; check the activity plan against the answers at the next meeting.",
        ]),
        source: "Seed: Swedish step-by-step guide (be prepared to adapt to new circumstances); Wilder: adaptability; PSAT: program adaptation",
    },
    Item {
        id: ItemId(22),
        area: Area::Flexibility,
        text: Tr([
            "Vi afprøver nye idéer i lille skala, før vi udbreder dem.",
            "Vi testar nya idéer i liten skala innan vi sprider dem.",
            "Kokeilemme uusia ideoita pienessä mittakaavassa ennen kuin laajennamme niitä.",
            "We try out new ideas on a small scale before scaling them up.",
        ]),
        remedy: Tr([
            "Vælg én ny idé, og afprøv den med en lille gruppe i fire uger, før I beslutter en bredere udrulning.",
            "Välj en ny idé och testa den med en liten grupp i fyra veckor innan ni beslutar om ett bredare införande.",
            "Valitkaa yksi uusi idea ja kokeilkaa sitä pienellä ryhmällä neljän viikon ajan ennen kuin päätätte laajemmasta käyttöönotosta.",
            "Pick one new idea and test it with a small group for four weeks before deciding on a wider roll-out.",
        ]),
        source: "Seed: Danish cross-municipal collaboration (start small, fail fast, scale fast); Wilder: flexibility; PSAT: program adaptation",
    },
    Item {
        id: ItemId(23),
        area: Area::Flexibility,
        text: Tr([
            "Når noget mislykkes, taler vi om, hvad vi har lært – ikke om, hvis skyld det er.",
            "När något misslyckas pratar vi om vad vi har lärt oss, inte om vems felet är.",
            "Kun jokin epäonnistuu, puhumme siitä, mitä opimme, emmekä etsi syyllisiä.",
            "When something fails, we talk about what we learned, not who is to blame.",
        ]),
        remedy: Tr([
            "Hold efter næste tilbageslag en opsamling på 30 minutter med tre spørgsmål: Hvad skete der, hvad lærte vi, og hvad ændrer vi?",
            "Håll efter nästa motgång en genomgång på 30 minuter med tre frågor: Vad hände, vad lärde vi oss och vad ändrar vi?",
            "Pitäkää seuraavan vastoinkäymisen jälkeen 30 minuutin purku kolmella kysymyksellä: Mitä tapahtui, mitä opimme ja mitä muutamme?",
            "After the next setback, hold a 30-minute review with three questions: what happened, what did we learn, what do we change?",
        ]),
        source: "Seed: Danish cross-municipal collaboration (leaders must dare to experiment and accept that some approaches fail); Wilder: mutual respect, understanding and trust; Nuffield: principle 6 (learn)",
    },
    Item {
        id: ItemId(24),
        area: Area::Flexibility,
        text: Tr([
            "Når parternes interesser støder sammen, søger vi et kompromis, som alle kan acceptere.",
            "När parternas intressen krockar söker vi en kompromiss som alla kan acceptera.",
            "Kun kumppanien edut törmäävät, etsimme kompromissin, jonka kaikki voivat hyväksyä.",
            "When partners' interests collide, we look for a compromise everyone can accept.",
        ]),
        remedy: Tr([
            "List de åbne interessekonflikter op på næste møde; lad parterne nævne deres ufravigelige krav for hver af dem, og aftal et kompromis, som I afprøver i en måned.",
            "Lista de öppna intressekonflikterna på nästa möte; låt parterna nämna sina absoluta krav för var och en och kom överens om en kompromiss att pröva i en månad.",
            "Listatkaa seuraavassa tapaamisessa avoimet eturistiriidat; antakaa kumppaneiden nimetä kunkin kohdalla ehdottomat vaatimuksensa ja sopikaa kompromissista, jota kokeillaan kuukauden ajan.",
            "At the next meeting, list the open conflicts of interest; for each, let partners name their must-haves and agree on a compromise to try for a month.",
        ]),
        source: "Seed: Swedish step-by-step guide (conflicting interests call for compromise); Wilder: ability to compromise",
    },
    Item {
        id: ItemId(25),
        area: Area::Flexibility,
        text: Tr([
            "Vi har aftalt, hvordan vi afslutter partnerskabet konstruktivt, hvis det ikke fungerer.",
            "Vi har kommit överens om hur vi avslutar partnerskapet konstruktivt om det inte fungerar.",
            "Olemme sopineet, miten kumppanuus päätetään rakentavasti, jos se ei toimi.",
            "We have agreed how to end the partnership constructively if it stops working.",
        ]),
        remedy: Tr([
            "Skriv før næste møde et kort udkast til en exit-klausul: opsigelsesvarsel, hvem der beholder hvad, og hvordan målgruppen bliver informeret.",
            "Skriv före nästa möte ett kort utkast till en avslutsklausul: uppsägningstid, vem som behåller vad och hur målgruppen informeras.",
            "Laatikaa ennen seuraavaa tapaamista lyhyt luonnos päättämisehdosta: irtisanomisaika, kenelle mikäkin jää ja miten kohderyhmälle kerrotaan.",
            "Before the next meeting, draft a short exit clause: notice period, who keeps what, and how the target group is told.",
        ]),
        source: "Seed: Swedish step-by-step guide (a plan to reconsider or end the partnership constructively); Nuffield: principle 5 (robust partnership arrangements)",
    },
    Item {
        id: ItemId(26),
        area: Area::Sustainability,
        text: Tr([
            "Vi har drøftet, hvad der skal føres videre, når projektmidlerne stopper.",
            "Vi har diskuterat vad som ska leva vidare när projektmedlen tar slut.",
            "Olemme keskustelleet siitä, mikä jatkuu, kun hankerahoitus päättyy.",
            "We have discussed what carries on when the project funding ends.",
        ]),
        remedy: Tr([
            "Sæt »Hvad fortsætter efter projektmidlerne?« på dagsordenen til næste møde; hver part medbringer én aktivitet, den kan videreføre.",
            "Sätt upp ”Vad lever vidare efter projektmedlen?” på dagordningen till nästa möte; varje part tar med en aktivitet som den kan driva vidare.",
            "Ottakaa seuraavan tapaamisen asialistalle kysymys ”Mikä jatkuu rahoituksen jälkeen?”; jokainen kumppani tuo mukanaan yhden toiminnon, jota se voisi jatkaa.",
            "Put “What carries on after the funding?” on the next agenda; each partner brings one activity it could continue.",
        ]),
        source: "Seed: Danish volunteer centre methods (foundation-funded projects have an end date); PSAT: funding stability; PSAT: strategic planning",
    },
    Item {
        id: ItemId(27),
        area: Area::Sustainability,
        text: Tr([
            "Vi drøfter forankring løbende gennem hele forløbet, ikke kun til sidst.",
            "Vi tar upp förankring löpande under hela arbetet, inte bara mot slutet.",
            "Keskustelemme juurruttamisesta jatkuvasti koko hankkeen ajan, emme vasta lopussa.",
            "We revisit what will carry on at every stage, not only near the end.",
        ]),
        remedy: Tr([
            "Giv fra nu af forankring et fast punkt på 10 minutter på hver dagsorden for styregruppen.",
            "Ge från och med nu förankring en fast punkt på tio minuter på styrgruppens dagordning vid varje möte.",
            "Varatkaa tästä lähtien juurruttamiselle kiinteä 10 minuutin kohta jokaisen ohjausryhmän kokouksen asialistalle.",
            "From now on, give anchoring (what carries on after the project) a fixed 10-minute slot on every steering group agenda.",
        ]),
        source: "Seed: Danish volunteer centre methods (discuss anchoring continuously, all the time); PSAT: strategic planning",
    },
    Item {
        id: ItemId(28),
        area: Area::Sustainability,
        text: Tr([
            "Vi ved, hvem der skal drive aktiviteterne videre efter projektperioden.",
            "Vi vet vem som ska driva verksamheten vidare efter projekttiden.",
            "Tiedämme, kuka pyörittää toimintaa hankekauden jälkeen.",
            "We know who will run the activities after the project period.",
        ]),
        remedy: Tr([
            "Udpeg inden for en måned en ejer af hver aktivitet efter projektets afslutning, og bed hver ejer bekræfte skriftligt.",
            "Utse inom en månad en ägare för varje aktivitet efter projektets slut och be varje ägare bekräfta skriftligt.",
            "Nimetkää kuukauden sisällä jokaiselle toiminnolle hankkeen jälkeinen vastuutaho ja pyytäkää kutakin vahvistamaan vastuunsa kirjallisesti.",
            "Within a month, name an owner for each activity after the project ends and ask each owner to confirm in writing.",
        ]),
        source: "Seed: Danish volunteer centre methods (activities must run on in a new way when the money stops); Seed: Danish new actors (who implements the solution); PSAT: organisational capacity",
    },
    Item {
        id: ItemId(29),
        area: Area::Sustainability,
        text: Tr([
            "Ledelsen i alle partnerorganisationer har sagt, at den bakker op om at videreføre arbejdet.",
            "Ledningen i varje partnerorganisation har sagt att den stöttar att arbetet fortsätter.",
            "Jokaisen kumppaniorganisaation johto on ilmaissut tukevansa työn jatkamista.",
            "Leaders in every partner organisation have said they back continuing the work.",
        ]),
        remedy: Tr([
            "Invitér i dette kvartal ledelsen i hver partnerorganisation til en orientering på 30 minutter, og spørg, hvad den har brug for for at bakke op om en videreførelse.",
            "Bjud under det här kvartalet in ledningen i varje partnerorganisation till en dragning på 30 minuter och fråga vad den behöver för att stötta en fortsättning.",
            "Kutsukaa tämän vuosineljänneksen aikana jokaisen kumppaniorganisaation johto 30 minuutin katsaukseen ja kysykää, mitä se tarvitsee tukeakseen työn jatkamista.",
            "This quarter, invite the leaders of each partner organisation to a 30-minute briefing and ask what they need to back continuing the work.",
        ]),
        source: "Seed: Danish cross-municipal collaboration (leaders open to experiment, large-scale roll-out); Nuffield: principle 3 (commitment and ownership); PSAT: environmental support",
    },
    Item {
        id: ItemId(30),
        area: Area::Sustainability,
        text: Tr([
            "Vi har afdækket, hvor pengene til næste fase kan komme fra.",
            "Vi har tagit reda på var pengarna till nästa fas kan komma ifrån.",
            "Olemme selvittäneet, mistä seuraavan vaiheen rahoitus voisi tulla.",
            "We have identified where the money for the next phase could come from.",
        ]),
        remedy: Tr([
            "Lav en liste over mulige finansieringskilder, herunder kommunens eget budget og fonde, og fordel dem, så én part kontakter hver kilde før næste møde.",
            "Gör en lista över möjliga finansiärer, även kommunens egen budget och stiftelser, och fördela dem så att en part kontaktar var och en före nästa möte.",
            "Listatkaa mahdolliset rahoittajat, myös kunnan oma talousarvio ja säätiöt, ja jakakaa ne niin, että yksi kumppani ottaa yhteyttä kuhunkin ennen seuraavaa tapaamista.",
            "List possible funders, including the municipality's own budget and foundations, and assign one partner to contact each before the next meeting.",
        ]),
        source: "Seed: Swedish step-by-step guide (realistic budgets, new funding sources); Seed: Finnish shared-value partnerships (who pays); PSAT: funding stability",
    },
];

/// Texts for the six areas, in area order.
pub static AREAS: [AreaInfo; 6] = [
    AreaInfo {
        area: Area::SharedGoals,
        name: Tr([
            "Fælles mål",
            "Gemensamma mål",
            "Yhteiset tavoitteet",
            "Shared goals",
        ]),
        description: Tr([
            "Om alle parter deler ét formål, som de har formet sammen.",
            "Om alla parter delar ett syfte som de har format tillsammans.",
            "Onko kaikilla kumppaneilla yhteinen tarkoitus, jonka he ovat muotoilleet yhdessä.",
            "Whether all partners share one purpose that they shaped together.",
        ]),
        actions: [
            // needs attention
            &[
                Tr([
                    "Sæt nye aktiviteter på pause i to uger, og byg formålet op fra bunden i en samskabelsesworkshop med alle parter, også målgruppen.",
                    "Pausa nya aktiviteter i två veckor och bygg upp syftet från grunden i en workshop med alla parter, även målgruppen.",
                    "Keskeyttäkää uudet toiminnot kahdeksi viikoksi ja rakentakaa tarkoitus alusta yhteiskehittämisen työpajassa kaikkien osapuolten, myös kohderyhmän, kanssa.",
                    "Pause new activities for two weeks and rebuild the purpose from scratch in a workshop with all partners, including the target group.",
                ]),
                Tr([
                    "Lad en neutral person interviewe hver part for sig i denne måned om deres forventninger, og fremlæg forskellene på et fælles møde.",
                    "Låt en neutral person intervjua varje part för sig under den här månaden om deras förväntningar och redovisa skillnaderna på ett gemensamt möte.",
                    "Pyytäkää puolueetonta henkilöä haastattelemaan jokaista kumppania erikseen tämän kuun aikana sen odotuksista, ja esitelkää erot yhteisessä tapaamisessa.",
                    "This month, have a neutral person interview each partner separately about its expectations, then present the differences at a joint meeting.",
                ]),
            ],
            // developing
            &[
                Tr([
                    "Skriv det fælles mål øverst på dagsordenen til alle møder de næste tre måneder.",
                    "Skriv det gemensamma målet överst på dagordningen till alla möten de kommande tre månaderna.",
                    "Kirjoittakaa yhteinen tavoite jokaisen asialistan alkuun seuraavan kolmen kuukauden ajan.",
                    "Put the shared goal at the top of every meeting agenda for the next three months.",
                ]),
                Tr([
                    "Gennemgå på næste møde, om hvert mål stadig passer til ressourcerne, og justér dem, der ikke gør.",
                    "Gå på nästa möte igenom om varje mål fortfarande matchar resurserna och justera dem som inte gör det.",
                    "Käykää seuraavassa tapaamisessa läpi, vastaako kukin tavoite yhä resursseja, ja muokatkaa niitä, jotka eivät vastaa.",
                    "At the next meeting, check whether each goal still matches the resources and adjust those that do not.",
                ]),
                Tr([
                    "Spørg målgruppen inden for to måneder, om formålet stadig rammer deres behov.",
                    "Fråga målgruppen inom två månader om syftet fortfarande träffar deras behov.",
                    "Kysykää kahden kuukauden sisällä kohderyhmältä, vastaako tarkoitus yhä sen tarpeisiin.",
                    "Within two months, ask the target group whether the purpose still meets its needs.",
                ]),
            ],
            // strong
            &[
                Tr([
                    "Gennemgå målene med alle parter én gang om året, også med nye medlemmer.",
                    "Gå igenom målen med alla parter en gång om året, även med nya medlemmar.",
                    "Käykää tavoitteet läpi kaikkien kumppaneiden kanssa kerran vuodessa, myös uusien jäsenten kanssa.",
                    "Review the goals with all partners once a year, including new members.",
                ]),
                Tr([
                    "Giv hver ny part en kort introduktion til formålet, før den deltager i sit første møde.",
                    "Ge varje ny part en kort introduktion till syftet innan den deltar i sitt första möte.",
                    "Perehdyttäkää jokainen uusi kumppani lyhyesti tarkoitukseen ennen sen ensimmäistä tapaamista.",
                    "Give every new partner a short introduction to the purpose before its first meeting.",
                ]),
            ],
        ],
        discussion: &[
            Tr([
                "Hvilken del af vores formål beskriver vi forskelligt?",
                "Vilken del av vårt syfte beskriver vi olika?",
                "Mitä osaa tarkoituksestamme kuvaamme eri tavoin?",
                "Which part of our purpose do we describe differently?",
            ]),
            Tr([
                "Hvad ville hver af os kalde en succes om et år?",
                "Vad skulle var och en av oss kalla en framgång om ett år?",
                "Mitä kukin meistä pitäisi onnistumisena vuoden päästä?",
                "What would each of us call a success one year from now?",
            ]),
        ],
    },
    AreaInfo {
        area: Area::Communication,
        name: Tr([
            "Kommunikation",
            "Kommunikation",
            "Viestintä",
            "Communication",
        ]),
        description: Tr([
            "Hvordan information, bekymringer og viden flyder mellem parterne.",
            "Hur information, farhågor och kunskap rör sig mellan parterna.",
            "Miten tieto, huolet ja osaaminen kulkevat kumppanien välillä.",
            "How information, concerns and knowledge flow between the partners.",
        ]),
        actions: [
            // needs attention
            &[
                Tr([
                    "Udpeg i denne uge én koordinator, der har ansvaret for, at alle parter bliver holdt orienteret.",
                    "Utse den här veckan en samordnare som ansvarar för att alla parter hålls informerade.",
                    "Nimetkää tällä viikolla yksi koordinaattori, joka vastaa siitä, että kaikki kumppanit pysyvät ajan tasalla.",
                    "This week, appoint one coordinator who is responsible for keeping all partners informed.",
                ]),
                Tr([
                    "Hold inden for to uger et møde alene om, hvordan vi kommunikerer: hvad virker, hvad virker ikke, og hvad prøver vi nu?",
                    "Håll inom två veckor ett möte enbart om hur vi kommunicerar: vad fungerar, vad fungerar inte och vad provar vi nu?",
                    "Pitäkää kahden viikon sisällä tapaaminen pelkästään viestinnästämme: mikä toimii, mikä ei toimi ja mitä kokeilemme seuraavaksi?",
                    "Within two weeks, hold a meeting only about how we communicate: what works, what does not, and what we try next.",
                ]),
            ],
            // developing
            &[
                Tr([
                    "Bed alle parter efter de næste tre møder om at vurdere på en skala fra 1 til 5, om de følte sig hørt, og drøft svarene.",
                    "Be alla parter efter de tre nästa mötena att på en skala från 1 till 5 bedöma om de kände sig hörda, och diskutera svaren.",
                    "Pyytäkää kaikkia kumppaneita kolmen seuraavan tapaamisen jälkeen arvioimaan asteikolla 1–5, tulivatko ne kuulluiksi, ja keskustelkaa vastauksista.",
                    "After the next three meetings, ask every partner to rate from 1 to 5 whether it felt heard, and discuss the answers.",
                ]),
                Tr([
                    "Læg en uformel sammenkomst, fx en fælles frokost, i kalenderen én gang i kvartalet.",
                    "Lägg in en informell träff, till exempel en gemensam lunch, i kalendern en gång per kvartal.",
                    "Merkitkää kalenteriin epämuodollinen tapaaminen, esimerkiksi yhteinen lounas, kerran vuosineljänneksessä.",
                    "Put an informal get-together, such as a shared lunch, in the calendar once a quarter.",
                ]),
            ],
            // strong
            &[
                Tr([
                    "Hold fast i mødeplanen også i travle perioder: flyt møder i stedet for at aflyse dem.",
                    "Håll fast vid mötesplanen även under intensiva perioder: flytta möten i stället för att ställa in dem.",
                    "Pitäkää kiinni tapaamisrytmistä kiireisinäkin aikoina: siirtäkää tapaamisia perumisen sijaan.",
                    "Keep the meeting rhythm in busy periods too: move meetings rather than cancel them.",
                ]),
                Tr([
                    "Lad parterne skiftes til at lede møderne, så kommunikationen ikke afhænger af én person.",
                    "Låt parterna turas om att leda mötena, så att kommunikationen inte hänger på en person.",
                    "Vuorotelkaa kokousten vetämisessä, jottei viestintä riipu yhdestä ihmisestä.",
                    "Let partners take turns chairing meetings, so communication does not depend on one person.",
                ]),
            ],
        ],
        discussion: &[
            Tr([
                "Hvilken information får nogle parter senere end andre?",
                "Vilken information får vissa parter senare än andra?",
                "Mitä tietoa jotkut kumppanit saavat myöhemmin kuin muut?",
                "Which information reaches some partners later than others?",
            ]),
            Tr([
                "Hvad er svært at sige højt på vores møder – og hvorfor?",
                "Vad är svårt att säga högt på våra möten – och varför?",
                "Mitä on vaikea sanoa ääneen tapaamisissamme – ja miksi?",
                "What is hard to say out loud in our meetings, and why?",
            ]),
        ],
    },
    AreaInfo {
        area: Area::Roles,
        name: Tr([
            "Roller og ansvar",
            "Roller och ansvar",
            "Roolit ja vastuut",
            "Roles and tasks",
        ]),
        description: Tr([
            "Hvem gør hvad, hvem beslutter, og hvad hver part bidrager med.",
            "Vem som gör vad, vem som beslutar och vad varje part bidrar med.",
            "Kuka tekee mitäkin, kuka päättää ja mitä kukin kumppani tuo yhteistyöhön.",
            "Who does what, who decides, and what each partner contributes.",
        ]),
        actions: [
            // needs attention
            &[
                Tr([
                    "Gå alle opgaver igennem på et møde inden for to uger, og skriv én ansvarlig ud for hver.",
                    "Gå igenom alla uppgifter på ett möte inom två veckor och skriv upp en ansvarig för varje.",
                    "Käykää kaikki tehtävät läpi tapaamisessa kahden viikon sisällä ja kirjatkaa jokaiselle yksi vastuuhenkilö.",
                    "Within two weeks, go through all tasks at a meeting and write down one owner for each.",
                ]),
                Tr([
                    "Afklar skriftligt, hvem der beslutter om penge, personale og aktiviteter, før der sættes nye aktiviteter i gang.",
                    "Klargör skriftligt vem som beslutar om pengar, personal och aktiviteter innan nya aktiviteter startar – i överenskommelsen, eller i IOP-avtalet om ni har ett.",
                    "Sopikaa kirjallisesti, kuka päättää rahasta, henkilöstöstä ja toiminnoista, ennen kuin uusia toimintoja käynnistetään.",
                    "Before any new activity starts, clarify in writing who decides on money, staff and activities.",
                ]),
            ],
            // developing
            &[
                Tr([
                    "Sammenlign den skrevne rollefordeling med det, der faktisk sker, og opdatér den på næste møde.",
                    "Jämför den nedskrivna rollfördelningen med det som faktiskt händer och uppdatera den på nästa möte.",
                    "Verratkaa kirjattua roolijakoa siihen, mitä todellisuudessa tapahtuu, ja päivittäkää se seuraavassa tapaamisessa.",
                    "Compare the written roles with what actually happens and update them at the next meeting.",
                ]),
                Tr([
                    "Giv foreningerne og de andre ikke-offentlige parter mindst én opgave inden for den næste måned, hvor de selv træffer beslutningen.",
                    "Ge de idéburna och andra icke-offentliga parterna minst en uppgift inom den närmaste månaden där de själva fattar beslutet.",
                    "Antakaa järjestöille ja muille ei-julkisille kumppaneille seuraavan kuukauden aikana vähintään yksi tehtävä, jossa ne itse tekevät päätöksen.",
                    "Within the next month, give non-public partners at least one task where they make the decision themselves.",
                ]),
            ],
            // strong
            &[
                Tr([
                    "Gennemgå rollerne hvert halve år, og altid når en part kommer til eller går ud.",
                    "Se över rollerna varje halvår och alltid när en part kommer till eller lämnar.",
                    "Tarkistakaa roolit puolen vuoden välein ja aina, kun kumppani liittyy tai lähtee.",
                    "Review the roles every six months, and whenever a partner joins or leaves.",
                ]),
                Tr([
                    "Skriv en kort overdragelsesnote for hver rolle, så arbejdet overlever udskiftning af medarbejdere.",
                    "Skriv en kort överlämningsanteckning för varje roll, så att arbetet klarar byten av personal.",
                    "Laatikaa jokaisesta roolista lyhyt perehdytysmuistio, jotta työ jatkuu henkilövaihdoksista huolimatta.",
                    "Keep a short handover note for each role, so the work survives staff changes.",
                ]),
            ],
        ],
        discussion: &[
            Tr([
                "Hvilken opgave tror vi hver især, at en anden har ansvaret for?",
                "Vilken uppgift tror var och en av oss att någon annan ansvarar för?",
                "Minkä tehtävän kukin meistä uskoo olevan jonkun muun vastuulla?",
                "Which task does each of us believe someone else is responsible for?",
            ]),
            Tr([
                "Hvor oplever de ikke-offentlige parter at blive hørt i stedet for at være med til at beslutte?",
                "Var upplever de icke-offentliga parterna att de blir hörda snarare än att de är med och beslutar?",
                "Missä ei-julkiset kumppanit kokevat, että niitä kuullaan sen sijaan, että ne pääsisivät päättämään?",
                "Where do non-public partners feel consulted rather than part of the decision?",
            ]),
        ],
    },
    AreaInfo {
        area: Area::Evaluation,
        name: Tr([
            "Evaluering",
            "Utvärdering",
            "Arviointi",
            "Evaluation",
        ]),
        description: Tr([
            "Hvordan vi måler fremskridt og lærer af det, resultaterne viser.",
            "Hur vi mäter framsteg och lär oss av det som resultaten visar.",
            "Miten mittaamme edistymistä ja opimme siitä, mitä tulokset kertovat.",
            "How we measure progress and learn from what the results show.",
        ]),
        actions: [
            // needs attention
            &[
                Tr([
                    "Aftal i denne måned to eller tre enkle målinger, som I kan begynde at indsamle med det samme, selv om de ikke er perfekte.",
                    "Kom under den här månaden överens om två eller tre enkla mått som ni kan börja samla in direkt, även om de inte är perfekta.",
                    "Sopikaa tämän kuun aikana kahdesta tai kolmesta yksinkertaisesta mittarista, joiden tietoja voitte alkaa kerätä heti, vaikka ne eivät olisi täydellisiä.",
                    "This month, agree on two or three simple measures you can start collecting at once, even if they are imperfect.",
                ]),
                Tr([
                    "Udpeg én part til at stå for evalueringen, og afsæt timer til opgaven i den næste måneds planlægning.",
                    "Utse en part som ansvarar för utvärderingen och avsätt timmar för uppgiften i nästa månads planering.",
                    "Nimetkää yksi kumppani vastaamaan arvioinnista ja varatkaa tehtävälle työtunteja seuraavan kuukauden suunnitelmassa.",
                    "Name one partner to own the evaluation and set aside hours for it in next month's plan.",
                ]),
            ],
            // developing
            &[
                Tr([
                    "Afsæt 20 minutter på hvert andet møde til at se på tallene sammen.",
                    "Avsätt 20 minuter på vartannat möte för att titta på siffrorna tillsammans.",
                    "Varatkaa joka toisessa tapaamisessa 20 minuuttia lukujen yhteiseen tarkasteluun.",
                    "Set aside 20 minutes at every second meeting to look at the figures together.",
                ]),
                Tr([
                    "Tilføj målgruppens egen vurdering til næste evaluering, fx gennem korte interviews.",
                    "Lägg till målgruppens egen bedömning i nästa utvärdering, till exempel genom korta intervjuer.",
                    "Lisätkää seuraavaan arviointiin kohderyhmän oma näkemys, esimerkiksi lyhyiden haastattelujen avulla.",
                    "Add the target group's own assessment to the next evaluation, for example through short interviews.",
                ]),
            ],
            // strong
            &[
                Tr([
                    "Udgiv en kort årlig opsamling på resultaterne, som andre kan lære af.",
                    "Publicera en kort årlig sammanfattning av resultaten som andra kan lära av.",
                    "Julkaiskaa vuosittain lyhyt yhteenveto tuloksista, josta muut voivat oppia.",
                    "Publish a short yearly summary of results that others can learn from.",
                ]),
                Tr([
                    "Del jeres evalueringsmetode med andre kommuner eller partnerskaber, der arbejder med lignende opgaver.",
                    "Dela er utvärderingsmetod med andra kommuner eller partnerskap som arbetar med liknande frågor.",
                    "Jakakaa arviointimenetelmänne muiden kuntien tai kumppanuuksien kanssa, jotka tekevät samankaltaista työtä.",
                    "Share your evaluation method with other municipalities or partnerships working on similar issues.",
                ]),
            ],
        ],
        discussion: &[
            Tr([
                "Hvad skulle overbevise hver af os om, at partnerskabet virker?",
                "Vad skulle övertyga var och en av oss om att partnerskapet fungerar?",
                "Mikä vakuuttaisi kunkin meistä siitä, että kumppanuus toimii?",
                "What would convince each of us that the partnership works?",
            ]),
            Tr([
                "Hvis vurdering af resultaterne vejer tungest i dag – og bør det være sådan?",
                "Vems bedömning av resultaten väger tyngst i dag – och borde det vara så?",
                "Kenen arvio tuloksista painaa nyt eniten – ja pitäisikö sen painaa?",
                "Whose view of the results counts most today, and should it?",
            ]),
        ],
    },
    AreaInfo {
        area: Area::Flexibility,
        name: Tr([
            "Fleksibilitet",
            "Flexibilitet",
            "Joustavuus",
            "Flexibility",
        ]),
        description: Tr([
            "Hvor godt partnerskabet tilpasser sig, når behov eller vilkår ændrer sig.",
            "Hur väl partnerskapet anpassar sig när behov eller förutsättningar ändras.",
            "Miten hyvin kumppanuus mukautuu, kun tarpeet tai olosuhteet muuttuvat.",
            "How well the partnership adapts when needs or circumstances change.",
        ]),
        actions: [
            // needs attention
            &[
                Tr([
                    "Navngiv på næste møde én ting i planen, der ikke længere passer, og aftal, hvordan den ændres.",
                    "Peka på nästa möte ut en sak i planen som inte längre passar och kom överens om hur den ska ändras.",
                    "Nimetkää seuraavassa tapaamisessa yksi suunnitelman kohta, joka ei enää sovi, ja sopikaa, miten sitä muutetaan.",
                    "At the next meeting, name one thing in the plan that no longer fits and agree how to change it.",
                ]),
                Tr([
                    "Skriv inden for en måned ind i aftalen, hvordan ændringer i planen besluttes, og hvem der skal sige ja.",
                    "För inom en månad in i överenskommelsen hur ändringar i planen beslutas och vem som måste säga ja.",
                    "Kirjatkaa kuukauden sisällä sopimukseen, miten suunnitelman muutoksista päätetään ja kenen on hyväksyttävä ne.",
                    "Within a month, write into the agreement how changes to the plan are decided and who must approve them.",
                ]),
            ],
            // developing
            &[
                Tr([
                    "Planlæg et kort tjek af planen hvert kvartal, hvor alle parter kan foreslå ændringer.",
                    "Planera en kort genomgång av planen varje kvartal där alla parter kan föreslå ändringar.",
                    "Sopikaa suunnitelman lyhyt tarkistus joka vuosineljännekselle, ja antakaa kaikkien kumppaneiden ehdottaa siinä muutoksia.",
                    "Schedule a short review of the plan every quarter where all partners can propose changes.",
                ]),
                Tr([
                    "Gennemfør ét lille forsøg inden for de næste tre måneder, og evaluér det åbent bagefter.",
                    "Genomför ett litet försök inom de närmaste tre månaderna och utvärdera det öppet efteråt.",
                    "Toteuttakaa yksi pieni kokeilu seuraavan kolmen kuukauden aikana ja arvioikaa se avoimesti jälkikäteen.",
                    "Run one small experiment in the next three months and evaluate it openly afterwards.",
                ]),
            ],
            // strong
            &[
                Tr([
                    "Før en enkel log over ændringer og begrundelserne for dem, som nye parter kan læse.",
                    "För en enkel logg över ändringar och skälen till dem, som nya parter kan läsa.",
                    "Pitäkää yksinkertaista lokia muutoksista ja niiden syistä, jotta uudet kumppanit voivat lukea sen.",
                    "Keep a simple log of changes and the reasons for them, for new partners to read.",
                ]),
                Tr([
                    "Fortæl andre kommuner og netværk om de tilpasninger, der virkede.",
                    "Berätta för andra kommuner och nätverk om de anpassningar som fungerade.",
                    "Kertokaa toimiviksi osoittautuneista muutoksista muille kunnille ja verkostoille.",
                    "Tell other municipalities and networks about the adjustments that worked.",
                ]),
            ],
        ],
        discussion: &[
            Tr([
                "Hvad var den seneste ændring, vi lavede, og hvordan besluttede vi den?",
                "Vilken var den senaste ändringen vi gjorde, och hur beslutade vi den?",
                "Mikä oli viimeisin tekemämme muutos, ja miten päätimme siitä?",
                "What was the last change we made, and how did we decide on it?",
            ]),
            Tr([
                "Hvad skulle der til, før vi ville omlægge eller afslutte partnerskabet?",
                "Vad skulle krävas för att vi skulle ställa om eller avsluta partnerskapet?",
                "Mitä pitäisi tapahtua, jotta muuttaisimme kumppanuutta perusteellisesti tai lopettaisimme sen?",
                "What would make us reshape or end the partnership?",
            ]),
        ],
    },
    AreaInfo {
        area: Area::Sustainability,
        name: Tr([
            "Forankring",
            "Förankring",
            "Juurruttaminen",
            "Sustainability",
        ]),
        description: Tr([
            "Forankring: det, der lever videre, når projektpengene slipper op – og hvem der bærer det.",
            "Förankring: det som lever vidare när projektpengarna tar slut – och vem som bär det.",
            "Juurruttaminen: se, mikä jatkuu hankerahojen loputtua – ja kuka toimintaa kantaa.",
            "Anchoring: what carries on when the project money ends, and who carries it.",
        ]),
        actions: [
            // needs attention
            &[
                Tr([
                    "Hold inden for en måned et møde udelukkende om, hvad der skal fortsætte efter projektmidlerne, og hvem der kan bære det.",
                    "Håll inom en månad ett möte enbart om vad som ska fortsätta efter projektmedlen och vem som kan bära det.",
                    "Pitäkää kuukauden sisällä tapaaminen pelkästään siitä, mikä jatkuu hankerahoituksen jälkeen ja kuka sen voi kantaa.",
                    "Within a month, hold a meeting only about what should continue after the funding and who could carry it.",
                ]),
                Tr([
                    "Kortlæg, hvilke aktiviteter der afhænger af projektpenge, og hvilke der kan køre på eksisterende budgetter eller med frivillige.",
                    "Kartlägg vilka aktiviteter som är beroende av projektpengar och vilka som kan drivas inom befintliga budgetar eller med frivilliga.",
                    "Kartoittakaa, mitkä toiminnot riippuvat hankerahasta ja mitä voidaan jatkaa nykyisillä budjeteilla tai vapaaehtoisvoimin.",
                    "Map which activities depend on project money and which could run on existing budgets or with volunteers.",
                ]),
            ],
            // developing
            &[
                Tr([
                    "Skriv en forankringsplan på én side med ansvarlige og datoer, og følg op på den hvert kvartal.",
                    "Skriv en förankringsplan på en sida med ansvariga och datum, och följ upp den varje kvartal.",
                    "Laatikaa yhden sivun juurruttamissuunnitelma vastuuhenkilöineen ja päivämäärineen, ja seuratkaa sitä neljännesvuosittain.",
                    "Write a one-page anchoring plan with owners and dates, and follow it up every quarter.",
                ]),
                Tr([
                    "Invitér de ledere, der skal eje aktiviteterne efter projektet, til næste styregruppemøde.",
                    "Bjud in de chefer som ska äga aktiviteterna efter projektet till nästa styrgruppsmöte.",
                    "Kutsukaa seuraavaan ohjausryhmän kokoukseen ne esihenkilöt, joiden vastuulle toiminnot siirtyvät hankkeen jälkeen.",
                    "Invite the managers who will own the activities after the project to the next steering group meeting.",
                ]),
            ],
            // strong
            &[
                Tr([
                    "Afprøv forankringsplanen nu: lad den kommende ejer drive én aktivitet på egen hånd i en måned.",
                    "Testa förankringsplanen nu: låt den framtida ägaren driva en aktivitet på egen hand under en månad.",
                    "Testatkaa juurruttamissuunnitelmaa jo nyt: antakaa tulevan vastuutahon pyörittää yhtä toimintoa itsenäisesti kuukauden ajan.",
                    "Test the anchoring plan now: let the future owner run one activity on its own for a month.",
                ]),
                Tr([
                    "Saml metoder og kontakter i en kort håndbog, der overlever projektmedarbejderne.",
                    "Samla metoder och kontakter i en kort handbok som överlever projektpersonalen.",
                    "Kootkaa menetelmät ja yhteystiedot lyhyeksi käsikirjaksi, joka säilyy hanketyöntekijöiden lähdettyä.",
                    "Collect methods and contacts in a short handbook that outlasts the project staff.",
                ]),
            ],
        ],
        discussion: &[
            Tr([
                "Hvilken aktivitet ville stoppe først, hvis pengene forsvandt i morgen?",
                "Vilken aktivitet skulle upphöra först om pengarna försvann i morgon?",
                "Mikä toiminto loppuisi ensimmäisenä, jos rahoitus katoaisi huomenna?",
                "Which activity would stop first if the funding ended tomorrow?",
            ]),
            Tr([
                "Hvem af os regner med, at en anden fører arbejdet videre?",
                "Vem av oss räknar med att någon annan för arbetet vidare?",
                "Kuka meistä olettaa, että joku muu jatkaa työtä?",
                "Who among us expects someone else to carry the work forward?",
            ]),
        ],
    },
];
