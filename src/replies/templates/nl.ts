/**
 * Dutch reply templates, written as a Dutch freelancer writes to a client — not a translation
 * of en.ts. The form of address is written inline as `[je-form|u-form]`; the composer mirrors
 * the client (u/uw → u, je/jij → je) and uses je when the message gives no sign (settings can fix it).
 *
 * House rules: korte zinnen en gewone woorden (Flesch–Douma ≥ 60), geen uitroeptekens, geen
 * hoofdletterwoorden, nooit "garantie" of "garanderen", geen schuldbekentenis, geen tegendreiging.
 */
import type { LanguageTemplates } from './types';

export const nl: LanguageTemplates = {
  greeting: {
    warm: [{ needs: ['client'], texts: ['[Hoi|Beste] {client},', '[Hallo|Beste] {client},'] }, { texts: ['Hallo,', 'Goedendag,'] }],
    firm: [{ needs: ['client'], texts: ['Beste {client},'] }, { texts: ['Goedendag,'] }],
    part: [{ needs: ['client'], texts: ['Beste {client},'] }, { texts: ['Goedendag,'] }],
  },

  opening: {
    warm: [
      {
        // Een boze of dreigende klant bedanken voor de duidelijkheid klinkt sarcastisch.
        needs: ['!with:abusive_language', '!with:threat', '!with:refund_demand'],
        texts: [
          'Dank voor [je|uw] bericht.',
          'Bedankt voor [je|uw] bericht, en fijn dat [je|u] zo duidelijk bent over wat [je|u] nodig hebt.',
          'Dank [je|u] voor [je|uw] bericht.',
        ],
      },
      { texts: ['Dank voor [je|uw] bericht.', 'Dank [je|u] voor [je|uw] bericht.'] },
    ],
    firm: [{ texts: ['Dank voor [je|uw] bericht.', 'Bedankt voor [je|uw] bericht.'] }],
    part: [
      // Na scheldwoorden klinkt een bedankje voor het vertrouwen hol; gewoon bedanken volstaat.
      { needs: ['with:abusive_language'], texts: ['Dank voor [je|uw] bericht.'] },
      { needs: ['business'], texts: ['Dank voor [je|uw] bericht, en voor het vertrouwen in {business}.'] },
      { texts: ['Dank voor [je|uw] bericht, en voor het vertrouwen dat [je|u] in mij hebt gesteld.', 'Dank voor [je|uw] bericht, en voor [je|uw] vertrouwen in mij.'] },
    ],
  },

  appreciation: {
    warm: [
      {
        texts: [
          'Ik waardeer onze samenwerking, en dat neem ik niet voor lief.',
          'Ik waardeer onze samenwerking en [je|uw] vriendelijke woorden echt.',
          'Ik ben blij met onze samenwerking tot nu toe.',
        ],
      },
    ],
    firm: [{ texts: ['Ik waardeer onze samenwerking, en dat meen ik.', 'Ik waardeer onze samenwerking echt, en dat blijft zo.'] }],
    part: [],
  },

  feeling: {
    warm: [
      {
        needs: ['with:abusive_language'],
        texts: ['Ik merk dat [je|u] erg ontevreden bent, en dat neem ik serieus.', 'Ik hoor hoe boos [je|u] bent, en dat neem ik serieus.'],
      },
      {
        needs: ['with:refund_demand'],
        texts: ['Het spijt me te horen dat [je|u] niet blij bent met het resultaat.', 'Jammer dat het resultaat niet is wat [je|u] ervan verwachtte.'],
      },
      { needs: ['with:threat'], texts: ['Ik merk dat dit veel voor [je|u] betekent.'] },
    ],
    firm: [
      { needs: ['with:abusive_language'], texts: ['Ik zie dat [je|u] ontevreden bent over hoe het nu gaat.'] },
      { needs: ['with:refund_demand'], texts: ['Ik zie dat [je|u] niet tevreden bent over het resultaat.'] },
      { needs: ['with:threat'], texts: ['Ik zie dat [je|u] ontevreden bent over hoe het is gegaan.'] },
    ],
    part: [],
  },

  restate: {
    warm: [
      {
        needs: ['asks'],
        texts: ['Als ik [je|u] goed begrijp, [vraag je|vraagt u] om {asks}.', 'Ik begrijp dat [je|u] graag {asks} wilt.'],
      },
    ],
    firm: [
      {
        needs: ['asks'],
        texts: ['Ik heb het goed gelezen, en ik begrijp dat [je|u] om {asks} vraagt.', 'Ik heb het goed gelezen: [je|u] vraagt om {asks}.'],
      },
    ],
    part: [{ needs: ['asks'], texts: ['Ik heb [je|uw] verzoek om {asks} goed gelezen.', 'Ik heb goed nagedacht over [je|uw] verzoek om {asks}.'] }],
  },

  pause: [
    {
      needs: ['update'],
      texts: [
        'Laten we even een pauze nemen. Ik stuur [je|u] {update} een update over de stand van zaken.',
        'Laten we het hier even laten rusten, en {update} stuur ik [je|u] een update.',
      ],
    },
  ],

  decision: [
    { needs: ['with:abusive_language'], texts: ['Daarom rond ik onze samenwerking hier af, en ik stuur [je|u] alles wat al klaar is.'] },
    { texts: ['Daarom heb ik besloten hier niet mee verder te gaan.', 'Ik heb daarom besloten om niet verder te gaan.'] },
  ],
  referral: [
    {
      texts: [
        'Misschien past een andere specialist beter bij [je|u], en ik noem [je|u] graag een paar namen.',
        'Ik verwijs [je|u] graag naar andere specialisten die beter bij [je|u] passen.',
      ],
    },
  ],

  close: {
    warm: [
      {
        needs: ['new:response'],
        texts: ['Laat me weten wat [je|u] ervan vindt, dan [hoor je|hoort u] {response} van mij.', 'Ik praat er graag verder over wanneer het [je|u] uitkomt.'],
      },
      { texts: ['Ik praat er graag verder over wanneer het [je|u] uitkomt.', 'Laat me weten wat [je|u] ervan vindt, dan zoeken we samen een goede weg.'] },
    ],
    firm: [{ texts: ['Laat me weten hoe [je|u] verder wilt, dan regel ik de volgende stap.', 'Ik hoor graag hoe [je|u] verder wilt, dan regel ik de rest.'] }],
    part: [{ texts: ['Ik wens [je|u] veel succes met het project.', 'Ik wens [je|u] het allerbeste met [je|uw] plannen.'] }],
  },

  signoff: {
    warm: [{ texts: ['Hartelijke groet,', 'Met vriendelijke groet,'] }],
    firm: [{ texts: ['Met vriendelijke groet,'] }],
    part: [{ texts: ['Met vriendelijke groet,', 'Vriendelijke groet,'] }],
  },

  flags: {
    discount_pressure: {
      ask: [
        { needs: ['amount'], texts: ['een prijs van {amount}', 'een lagere prijs van {amount}'] },
        { texts: ['een lagere prijs', 'een lagere prijs voor hetzelfde werk'] },
      ],
      body: {
        warm: [
          [
            {
              needs: ['rate'],
              texts: [
                'Mijn tarief is {rate} per uur, voor elke klant hetzelfde, dus de prijs in de offerte blijft zoals hij is.',
                'Ik werk voor elke klant tegen {rate} per uur, dus de prijs in de offerte blijft staan.',
              ],
            },
            {
              texts: [
                'De prijs in mijn offerte past bij het werk dat erin zit, dus die houd ik graag zo.',
                'De prijs in de offerte is gebaseerd op het werk dat nodig is, en die blijft staan.',
              ],
            },
          ],
          [
            {
              needs: ['amount'],
              texts: [
                'Als {amount} [je|uw] budget is, kunnen we het project kleiner maken of het werk over een paar fases verdelen.',
                'Om binnen {amount} te blijven, kunnen we met een kleinere eerste stap beginnen en de rest later doen.',
              ],
            },
            {
              texts: [
                'Is het budget krap, dan kunnen we het project kleiner maken of het werk over een paar fases verdelen.',
                'Past dit niet in het budget, dan kunnen we met een kleinere eerste stap beginnen en de rest later doen.',
              ],
            },
          ],
        ],
        firm: [
          [{ needs: ['rate'], texts: ['Mijn tarief is {rate} per uur, en de prijs in de offerte blijft staan.'] }, { texts: ['De prijs in de offerte blijft staan, want die past bij het werk dat nodig is.'] }],
          [
            { needs: ['amount'], texts: ['Binnen een budget van {amount} kan ik een kleinere opdracht aanbieden.'] },
            { texts: ['Ligt het budget vast, dan kan ik een kleinere opdracht aanbieden die daarin past.'] },
          ],
        ],
        part: [
          [
            { needs: ['rate'], texts: ['Mijn tarief van {rate} per uur is voor elke klant gelijk, dus de prijs kan niet omlaag.'] },
            { texts: ['Voor hetzelfde werk kan ik de prijs niet verlagen.'] },
          ],
        ],
      },
      extra: { warm: [[{ texts: ['Ik loop de opties graag met [je|u] door, zodat we zien wat voor [jou|u] het belangrijkst is.'] }]] },
    },

    free_extras: {
      ask: [{ texts: ['extra werk binnen de afgesproken prijs', 'een paar toevoegingen bovenop onze afspraak'] }],
      body: {
        warm: [
          [{ texts: ['Leuk om te horen dat [je|u] het project verder wilt uitbreiden.', 'Fijn dat [je|u] meer uit het project wilt halen.'] }],
          [
            { needs: ['revisions'], texts: ['De offerte bevat {revisions}, en deze toevoegingen vallen daarbuiten.'] },
            { texts: ['Deze toevoegingen vallen buiten wat we hebben afgesproken.', 'Wat [je|u] beschrijft, gaat verder dan onze afspraak.'] },
          ],
          [
            {
              needs: ['rate'],
              texts: ['Ik doe ze graag tegen mijn tarief van {rate} per uur, en ik stuur [je|u] eerst een korte aanvulling op de offerte met de kosten.'],
            },
            { texts: ['Ik stuur [je|u] eerst een korte aanvulling op de offerte met de kosten, zodat [je|u] kunt beslissen voordat ik begin.'] },
          ],
        ],
        firm: [
          [
            { needs: ['revisions'], texts: ['De offerte bevat {revisions}, en dit is nieuw werk.'] },
            { texts: ['Dit valt buiten onze afspraak.', 'Dit valt buiten wat in de offerte staat.'] },
          ],
          [
            { needs: ['rate'], texts: ['Ik kan het toevoegen tegen {rate} per uur, via een korte aanvulling op de offerte.'] },
            { texts: ['Ik kan het toevoegen via een betaalde aanvulling op de offerte, en ik stuur [je|u] eerst de kosten.'] },
          ],
        ],
        part: [[{ texts: ['Ik houd me aan het werk dat we hebben afgesproken, en ik neem voor dit project geen werk meer aan.'] }]],
      },
    },

    abusive_language: {
      body: {
        warm: [
          [
            {
              texts: [
                'Ik wil [je|u] graag helpen, en dat gaat het best als we respectvol met elkaar blijven praten.',
                'Ik zoek graag samen een oplossing, en daarvoor is een respectvolle toon nodig.',
              ],
            },
          ],
          [{ texts: ['Ik voel me niet prettig bij een gesprek waarin kwetsende taal valt.', 'Op deze toon wil ik het gesprek niet voortzetten.'] }],
        ],
        firm: [
          [{ texts: ['Ik praat graag verder over het project, maar alleen op een respectvolle toon.'] }],
          [{ texts: ['Ik wil dit oplossen, en dat doe ik op een rustige en duidelijke manier.'] }],
        ],
        part: [
          [
            {
              texts: [
                'De toon van [je|uw] berichten gaat voor mij over een grens, en zo wil ik niet verder.',
                'De manier waarop [je|u] mij schrijft gaat over een grens, en ik wil de samenwerking niet voortzetten.',
              ],
            },
          ],
        ],
      },
    },

    refund_demand: {
      ask: [{ texts: ['een terugbetaling', 'terugbetaling van [je|uw] geld'] }],
      body: {
        warm: [
          [{ texts: ['Ik ben ervan overtuigd dat ik het werk heb geleverd zoals we hadden afgesproken.', 'Ik sta achter het werk dat ik heb geleverd, en dat is wat we hadden afgesproken.'] }],
          [
            {
              texts: [
                'Toch wil ik graag dat het voor [je|u] werkt: laat me weten welke delen niet zijn wat [je|u] verwachtte, dan pas ik die aan.',
                'Ik pas graag de delen aan waar [je|u] niet tevreden over bent, dus laat me weten welke dat zijn.',
              ],
            },
          ],
        ],
        firm: [
          [{ texts: ['Het werk is geleverd zoals afgesproken, dus de factuur blijft staan.', 'Ik heb het werk geleverd zoals in onze afspraak staat, dus de betaling blijft zoals hij is.'] }],
          [{ texts: ['Mijn aanbod om onduidelijke delen aan te passen blijft staan.', 'Ik ben nog steeds bereid om delen die niet duidelijk zijn aan te passen.'] }],
        ],
        part: [
          [{ texts: ['Ik heb het werk geleverd zoals we hadden afgesproken, dus de betaling blijft zoals hij is.', 'Ik sta achter het geleverde werk, dus de factuur blijft staan.'] }],
        ],
      },
      extra: { warm: [[{ texts: ['Zo komen we meestal het snelst tot een resultaat waar [je|u] blij mee bent.'] }]] },
    },

    threat: {
      body: {
        warm: [
          [
            { needs: ['with:refund_demand'], texts: ['Ik los dit veel liever samen op, en ik denk dat dat kan.'] },
            { texts: ['Ik los dit veel liever samen op, dus laten we er rustig over praten.', 'Ik zoek veel liever samen naar een oplossing, en ik denk dat dat kan.'] },
          ],
          [{ needs: ['!with:refund_demand'], texts: ['Laat me weten wat er volgens [jou|u] anders moet, dan kijk ik wat ik kan doen.'] }],
        ],
        firm: [
          [{ texts: ['Ik los dit liever op in een rustig gesprek, en daar sta ik voor open.'] }],
          [{ needs: ['!with:refund_demand'], texts: ['Mijn aanbod om samen door te nemen wat niet duidelijk is, blijft staan.'] }],
        ],
        part: [[{ texts: ['Ik heb me bij elke stap aan onze afspraak gehouden.', 'Ik heb vanaf het begin te goeder trouw gehandeld.'] }]],
      },
      extra: { warm: [[{ texts: ['We willen uiteindelijk hetzelfde: een goed resultaat.'] }]] },
    },

    guarantee_demand: {
      ask: [{ texts: ['zekerheid over het resultaat', 'een harde belofte over de uitkomst'] }],
      body: {
        warm: [
          [{ texts: ['Ik begrijp dat [je|u] zeker wilt weten dat dit gaat werken, en dat is logisch.', 'Het is logisch dat [je|u] zekerheid wilt over het resultaat.'] }],
          [{ texts: ['Eerlijk is eerlijk: niemand kan vooraf een uitkomst beloven.', 'Om eerlijk te zijn kan niemand vooraf een resultaat beloven.'] }],
          [
            { needs: ['revisions'], texts: ['Wat ik wel toezeg, is een duidelijk plan, vaste mijlpalen, {revisions} en zorgvuldig werk bij elke stap.'] },
            { texts: ['Wat ik wel toezeg, is een duidelijk plan, vaste mijlpalen en zorgvuldig werk bij elke stap.'] },
          ],
        ],
        firm: [
          [{ texts: ['Niemand kan vooraf een resultaat beloven, dus dat doe ik ook niet.'] }],
          [
            { needs: ['revisions'], texts: ['Ik zeg wel het afgesproken plan, de mijlpalen, {revisions} en zorgvuldig werk toe.'] },
            { texts: ['Ik zeg wel het afgesproken plan, de mijlpalen en zorgvuldig werk toe.'] },
          ],
        ],
        part: [[{ texts: ['Ik kan het resultaat dat [je|u] zoekt niet beloven, en ik wil ook niet doen alsof.'] }]],
      },
      extra: { warm: [[{ needs: ['response'], texts: ['[Heb je|Heeft u] onderweg een vraag, dan [hoor je|hoort u] {response} van mij.'] }]] },
    },

    deadline_pressure: {
      ask: [{ needs: ['due'], texts: ['oplevering {due}'] }, { texts: ['een snellere oplevering', 'een eerdere opleverdatum'] }],
      body: {
        warm: [
          [{ texts: ['Ik wil dat [je|u] dit op tijd hebt, en ook dat het goed is.', 'Ik begrijp dat de planning voor [je|u] belangrijk is.'] }],
          [
            {
              needs: ['due'],
              texts: ['Ik kan het {due} niet met de nodige zorg afronden.', 'Als ik het {due} moet afronden, blijft er te weinig tijd over om het goed te doen.'],
            },
            { texts: ['De datum die [je|u] noemt is te kort om dit werk goed te doen.'] },
          ],
          [{ texts: ['Ik stuur [je|u] een realistische planning met een vaste einddatum.'] }],
          [
            {
              needs: ['new:rate'],
              texts: ['Kan de datum niet schuiven, dan is een spoedoptie mogelijk tegen een toeslag op mijn tarief van {rate} per uur, en ik laat [je|u] eerst de prijs weten.'],
            },
            { texts: ['Kan de datum niet schuiven, dan kan ik een spoedoptie tegen meerprijs aanbieden, en ik laat [je|u] eerst de prijs weten.'] },
          ],
        ],
        firm: [
          [{ needs: ['due'], texts: ['Oplevering {due} is niet haalbaar als het werk ook goed moet zijn.'] }, { texts: ['Die datum is niet haalbaar als het werk ook goed moet zijn.'] }],
          [{ texts: ['Ik stuur [je|u] een realistische datum, en een spoedoptie tegen meerprijs als het eerder moet.'] }],
        ],
        part: [
          [
            { needs: ['due'], texts: ['Oplevering {due} lukt mij niet, en dit soort werk wil ik niet afraffelen.'] },
            { texts: ['De datum die [je|u] voor ogen [hebt|heeft] haal ik niet, en dit soort werk wil ik niet afraffelen.'] },
          ],
        ],
      },
    },

    boundary_intrusion: {
      ask: [
        { needs: ['when', 'is:delivery'], texts: ['levering {when}'] },
        { needs: ['when'], texts: ['een antwoord {when}'] },
        { needs: ['is:delivery'], texts: ['levering buiten mijn werktijden'] },
        { texts: ['contact buiten mijn werktijden'] },
      ],
      body: {
        warm: [
          [
            {
              needs: ['offday'],
              texts: [
                'Ik begrijp dat het [je|u] goed uitkomt, maar ik werk niet {offday}, dus dat is geen optie.',
                'Ik begrijp waarom dat handig is, maar ik werk niet {offday}, dus dat is geen optie.',
              ],
            },
            // Geen werkdagen ingesteld: de vlag zelf zegt al dat het buiten werktijd valt.
            { needs: ['when', '!days'], texts: ['Ik begrijp waarom dat handig is, maar het valt buiten mijn werktijden.'] },
          ],
          [
            { needs: ['days', 'hours'], texts: ['Ik werk {days}, van {hours}.', 'Mijn werktijden zijn {days}, van {hours}.'] },
            { needs: ['hours'], texts: ['Mijn werktijden zijn van {hours}.'] },
            { needs: ['days'], texts: ['Ik werk {days}.'] },
            { texts: ['Ik werk met vaste werktijden, zodat ik elke klant mijn volle aandacht kan geven.'] },
          ],
          [
            { needs: ['is:delivery', 'nextday'], texts: ['Ik kan het op {nextday} leveren.', 'Op {nextday} kan ik het leveren.'] },
            { needs: ['is:delivery'], texts: ['Ik kan het op mijn eerstvolgende werkdag leveren.'] },
            { needs: ['response'], texts: ['Binnen die tijden lees ik mijn berichten, en [je|u] hoort {response} van mij.'] },
            { texts: ['Binnen die tijden beantwoord ik berichten, en ik kom altijd bij [je|u] terug.'] },
          ],
        ],
        firm: [
          [
            { needs: ['offday'], texts: ['Ik werk niet {offday}, dus dat is geen optie.'] },
            { needs: ['when', '!days'], texts: ['Dat valt buiten mijn werktijden, dus dat is geen optie.'] },
          ],
          [
            { needs: ['days', 'hours'], texts: ['Mijn werktijden zijn {days}, van {hours}.'] },
            { needs: ['hours'], texts: ['Mijn werktijden zijn van {hours}.'] },
            { needs: ['days'], texts: ['Ik werk {days}.'] },
            { texts: ['Ik werk binnen vaste werktijden, voor elke klant dezelfde.'] },
          ],
          [
            { needs: ['is:delivery', 'nextday'], texts: ['Ik kan op {nextday} leveren.'] },
            { needs: ['is:delivery'], texts: ['Ik kan op mijn eerstvolgende werkdag leveren.'] },
            { needs: ['response'], texts: ['Binnen die tijden [hoor je|hoort u] {response} van mij.'] },
            { texts: ['Ik beantwoord berichten binnen die tijden, en ik kom op mijn eerstvolgende werkdag bij [je|u] terug.'] },
          ],
        ],
        part: [[{ texts: ['Ik houd mijn werktijden vast, en voor dit project maak ik daar geen uitzondering op.'] }]],
      },
    },

    payment_stalling: {
      ask: [
        { needs: ['is:deposit_ask'], texts: ['een start zonder aanbetaling'] },
        { needs: ['is:later_ask'], texts: ['uitstel van betaling', 'meer tijd om te betalen'] },
        { texts: ['een andere betaalafspraak'] },
      ],
      body: {
        warm: [
          [
            { needs: ['is:deposit_ask'], texts: ['Ik begrijp dat vooraf betalen als een grote stap kan voelen.'] },
            { needs: ['is:later_ask'], texts: ['Ik begrijp dat de timing lastig kan zijn als het krap is.'] },
            { texts: ['Ik begrijp dat praten over geld niet altijd makkelijk is.'] },
          ],
          [
            {
              needs: ['deposit', 'term'],
              texts: [
                'Zoals in mijn voorwaarden staat, vraag ik een aanbetaling van {deposit} voordat ik begin, en facturen [betaal je|betaalt u] binnen {term}.',
                'Mijn voorwaarden vragen een aanbetaling van {deposit} voordat het werk begint, en de rest binnen {term} na de factuur.',
              ],
            },
            { needs: ['deposit'], texts: ['Zoals in mijn voorwaarden staat, vraag ik een aanbetaling van {deposit} voordat het werk begint.'] },
            { needs: ['term'], texts: ['Zoals in mijn voorwaarden staat, geldt voor facturen een betaaltermijn van {term}.'] },
            { texts: ['Ik houd me aan de betaalafspraken uit onze overeenkomst.'] },
          ],
          [
            { needs: ['deposit'], texts: ['Met de aanbetaling reserveer ik tijd voor [je|uw] project, en ik begin zodra die binnen is.'] },
            { texts: ['Zodra de betaling is geregeld zoals afgesproken, plan ik de volgende stappen met [je|u].'] },
          ],
        ],
        firm: [
          [
            {
              needs: ['deposit', 'term'],
              texts: ['Mijn voorwaarden vragen een aanbetaling van {deposit} voordat het werk begint, en facturen hebben een betaaltermijn van {term}.'],
            },
            { needs: ['deposit'], texts: ['Mijn voorwaarden vragen een aanbetaling van {deposit} voordat het werk begint.'] },
            { needs: ['term'], texts: ['Mijn facturen hebben een betaaltermijn van {term}, zoals in onze afspraak staat.'] },
            { texts: ['De betaalafspraken in onze overeenkomst gelden voor elke klant, en die blijven zoals ze zijn.'] },
          ],
          [{ needs: ['deposit'], texts: ['Ik begin zodra de aanbetaling binnen is.'] }, { texts: ['Ik plan de volgende stappen zodra de betaling is geregeld zoals afgesproken.'] }],
        ],
        part: [
          [
            { needs: ['deposit'], texts: ['De aanbetaling van {deposit} hoort bij mijn voorwaarden voor elk project, dus zonder die aanbetaling begin ik niet.'] },
            { texts: ['Mijn betaalvoorwaarden zijn voor elke klant gelijk, en die kan ik niet aanpassen.'] },
          ],
        ],
      },
    },

    excessive_contact: {
      ask: [{ texts: ['meer updates', 'snellere antwoorden'] }],
      body: {
        warm: [
          [{ texts: ['Ik begrijp dat [je|u] op de hoogte wilt blijven, en dat is terecht.'] }],
          [
            {
              texts: [
                'Om het overzichtelijk te houden, stuur ik [je|u] aan het eind van elke werkdag een korte update per mail.',
                'Vanaf nu [krijg je|krijgt u] aan het eind van elke werkdag een korte update per mail.',
              ],
            },
          ],
          [{ needs: ['response'], texts: ['Op andere vragen [krijg je|krijgt u] {response} antwoord.'] }, { texts: ['Zo kan ik mijn tijd aan het werk zelf besteden.'] }],
        ],
        firm: [
          [{ texts: ['Ik stuur [je|u] aan het eind van elke werkdag een update per mail.'] }],
          [{ needs: ['response'], texts: ['Andere berichten beantwoord ik {response}.'] }, { texts: ['Tussendoor richt ik me op het werk zelf, zodat het goed en op tijd klaar is.'] }],
        ],
        part: [[{ texts: ['Ik kan niet het contact bieden dat [je|u] zoekt, dus ik ben hier niet de juiste partij voor.'] }]],
      },
    },

    guilt_tripping: {
      body: {
        warm: [
          [
            {
              needs: ['is:alone'],
              texts: ['Juist omdat ik onze samenwerking waardeer, wil ik eerlijk en duidelijk zijn: ik houd me aan de afspraken die we hebben gemaakt.'],
            },
          ],
        ],
        firm: [
          [{ needs: ['is:alone'], texts: ['Ik hanteer voor elke klant dezelfde voorwaarden, en daar verandert voor dit project niets aan.'] }],
          [{ needs: ['is:alone'], texts: ['Op die basis werk ik graag met [je|u] verder.'] }],
        ],
        part: [[{ needs: ['is:alone'], texts: ['Ik waardeer wat we samen hebben gedaan, maar mijn voorwaarden kan ik niet aanpassen.'] }]],
      },
      extra: { warm: [[{ needs: ['is:alone'], texts: ['Ik hoop dat [je|u] dat begrijpt, en ik kijk uit naar de volgende stap.'] }]] },
    },
  },
};
