/**
 * Names of groups of people (nationalities, religions, gender, sexuality, disability). An email
 * is never demanding or abusive because it names one, so the model may not weigh the name itself:
 * each reads as "#group", which makes no feature, alone or in a pair: only what is said about it
 * counts ("haat", "prachtig"). The abuse corpus names many groups; without this, "Transgenders
 * zijn prachtige mensen" was flagged. A swear word compounded with one is a slur (03-match.ts).
 */
export const GROUPS: ReadonlySet<string> = new Set(('immigrant immigrants migrant migrants refugee refugees foreigner foreigners muslim muslims jew jews jewish ' +
  'christian christians catholic catholics hindu hindus women woman men man girls boys gay gays lesbian lesbians homosexual ' +
  'homosexuals bisexual bisexuals trans transgender transgenders disabled handicapped black blacks white whites asian asians ' +
  'arab arabs african africans mexican mexicans latino latinos indian indians chinese polish turks moroccans ' +
  'immigranten migranten vluchtelingen asielzoekers buitenlanders allochtonen moslim moslims jood joden joodse christen christenen ' +
  'katholieken vrouw vrouwen man mannen meisjes jongens homo homos homo\'s homoseksueel homoseksuelen lesbienne lesbiennes ' +
  'biseksuelen transgender transgenders transpersonen gehandicapte gehandicapten zwarte zwarten blanken aziaten arabieren ' +
  'afrikanen marokkanen turken polen surinamers antillianen chinezen nederlanders belgen duitsers ' +
  // More peoples, faiths and ages, and a few singulars ("een Turk"; not "pool", an English word too).
  'syrians afghans roma gypsies gypsy elderly boomers pakistanis somalis nigerians romanians bulgarians ukrainians ' +
  'russians sikhs buddhists atheists deaf autistic syrian afghan pakistani romanian ' +
  'syriers afghanen eritreeers somaliers zigeuners zigeuner ouderen bejaarden hindoes boeddhisten ' +
  'transvrouwen transmannen doven autisten roemenen bulgaren oekrainers russen indonesiers molukkers ' +
  'kaapverdianen ghanezen nigerianen turk marokkaan surinamer antilliaan syrier afghaan moslima').split(' '));
