/**
 * How English reports state catalogued figures, as rows of data. Each pattern is a regular
 * expression (case-insensitive) over a sentence whose figures are masked as `#` (see
 * extractors/prose/mask.ts), written with the placeholders below; `{N}` marks the figure the
 * rule reads. A row without `{N}` states zero: `{NO}` marks the word that says so. Every row
 * carries an example sentence; test/english.test.ts runs them all.
 */
export interface EnglishRule {
  id: string;
  metric: string;
  pattern: string;
  example: string;
}

/** Placeholders, expanded before compiling. */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  N: '(?<!#)(#+)(?!#)',
  NO: String.raw`\b(no|zero|neither)\b`,
  /** Up to four words, never a figure: "a total of", "altogether". */
  W: String.raw`(?:[A-Za-z'’-]+,?\s+){0,4}?`,
  ITEMS: String.raw`(?:items?|pieces?|documents?|entries|records|articles?|messages?|posts?)(?:\s+of\s+(?:government\s+|public\s+|policy\s+)?information)?`,
  INFO: String.raw`(?:(?:items?|pieces?)\s+of\s+)?(?:government\s+|public\s+)?information`,
  REQ: String.raw`(?:requests?|applications?)\b(?!\s+for\s+(?:administrative|reconsideration|review))(?:\s+for\s+(?:the\s+)?(?:disclosure\s+of\s+)?(?:government\s+)?information(?:\s+disclosure)?)?`,
  /** A verb that reports a total: was, totalled, reached, or a table cell boundary. */
  IS: String.raw`\s*(?:[:\t]|\b(?:was|were|reached|totall?ed|numbered|stood at|amounted to|came to)\b)\s*`,
  PREV_YEAR: String.raw`(?:the\s+)?(?:previous|last|preceding|prior)\s+year|(?:19|20)\d\d`,
};

/** Words that make a sentence a plan (the city will hold at least 10 training sessions): its figures are not the year's. */
export const PLAN_CUES = /\b(?:will|shall|plans?\s+to|intends?\s+to|aims?\s+to|is\s+expected\s+to|are\s+expected\s+to)\b/i;

export const ENGLISH_RULES: readonly EnglishRule[] = [
  // Proactive disclosure.
  {
    id: 'active.total/proactively-disclosed-N',
    metric: 'active.total',
    pattern: String.raw`\b(?:proactively|voluntarily|actively)\s+(?:disclosed|released|published|made\s+public)\s+{W}{N}\s+(?:new\s+)?{ITEMS}`,
    example: 'In 2023, the Municipal Government proactively disclosed 12,486 items of government information.',
  },
  {
    id: 'active.total/N-proactively-disclosed',
    metric: 'active.total',
    pattern: String.raw`{N}\s+(?:new\s+)?(?:{ITEMS}|{INFO})\s+(?:were|was|have\s+been|had\s+been)\s+(?:proactively|voluntarily|actively)\s+(?:disclosed|released|published|made\s+public)`,
    example: 'A total of 3,260 pieces of government information were proactively released through the portal website.',
  },
  {
    id: 'active.total/proactive-disclosure-of-N',
    metric: 'active.total',
    pattern: String.raw`\bproactive(?:ly)?\s+(?:disclosure|release)\s+of\s+{W}{N}\s+{ITEMS}`,
    example: 'The bureau completed the proactive disclosure of more than 1,000 items in the year.',
  },
  {
    id: 'active.total/information-proactively-disclosed-is-N',
    metric: 'active.total',
    pattern: String.raw`\b(?:information|items|documents)\s+(?:proactively|voluntarily)\s+(?:disclosed|released|published)(?:\s+(?:this|in\s+the)\s+year)?{IS}(?:a\s+total\s+of\s+)?{N}`,
    example: 'Items proactively disclosed this year\t1,215',
  },
  // Requests received and carried over.
  {
    id: 'apply.new.total/received-N-requests',
    metric: 'apply.new.total',
    pattern: String.raw`\b(?:received|accepted|registered)\s+{W}{N}\s+(?:new\s+)?{REQ}`,
    example: 'The city received twelve hundred requests for government information disclosure in 2023.',
  },
  {
    id: 'apply.new.total/N-requests-were-received',
    metric: 'apply.new.total',
    pattern: String.raw`{N}\s+(?:new\s+)?{REQ}\s+(?:were|was|had\s+been|have\s+been)\s+(?:received|filed|submitted|accepted|registered)`,
    example: 'In total, 486 requests for government information disclosure were received.',
  },
  {
    id: 'apply.new.total/requests-received-is-N',
    metric: 'apply.new.total',
    pattern: String.raw`\b(?:new(?:ly)?\s+)?(?:received\s+)?{REQ}\s+(?:newly\s+)?received(?:\s+(?:this|in\s+the)\s+year|\s+in\s+(?:19|20)\d\d)?{IS}(?:a\s+total\s+of\s+)?{N}`,
    example: 'New requests received this year\t35',
  },
  {
    id: 'apply.carried_in.total/N-carried-over',
    metric: 'apply.carried_in.total',
    pattern: String.raw`{N}\s+(?:(?:of\s+them|of\s+which|{REQ}|cases?)\s+)?(?:(?:were|was|had\s+been)\s+)?carried\s+(?:over|forward)\s+from\s+(?:{PREV_YEAR})`,
    example: 'The bureau handled 37 requests, including 2 carried over from the previous year.',
  },
  {
    id: 'apply.carried_in.total/carried-over-is-N',
    metric: 'apply.carried_in.total',
    pattern: String.raw`\bcarried\s+(?:over|forward)\s+from\s+(?:{PREV_YEAR}){IS}{N}`,
    example: 'Requests carried over from the previous year\t2',
  },
  // Outcomes.
  {
    id: 'apply.partial.total/N-partially-disclosed',
    metric: 'apply.partial.total',
    pattern: String.raw`{N}\s+(?:(?:of\s+them|of\s+which|{REQ}|cases?)\s+)?(?:(?:were|was)\s+)?(?:(?:partially|partly)\s+(?:disclosed|granted|approved)|(?:disclosed|granted)\s+in\s+part)`,
    example: 'Of these requests, 320 were granted in full and 45 were partially disclosed.',
  },
  {
    id: 'apply.partial.total/partial-disclosure-is-N',
    metric: 'apply.partial.total',
    pattern: String.raw`\b(?:partial\s+disclosure|(?:partially|partly)\s+(?:disclosed|granted)|(?:disclosed|granted)\s+in\s+part)(?:\s+(?:was\s+)?(?:granted|made))?(?:{IS}|\s+(?:in|for)\s+){N}`,
    example: 'Partially disclosed\t6',
  },
  {
    id: 'apply.disclosed.total/N-granted-in-full',
    metric: 'apply.disclosed.total',
    pattern: String.raw`{N}\s+(?:(?:of\s+them|of\s+which|{REQ}|cases?)\s+)?(?:(?:were|was)\s+)?(?:(?:granted|disclosed|approved|answered|satisfied)\s+in\s+full|fully\s+(?:disclosed|granted))`,
    example: 'Of these requests, 320 were granted in full and 45 were partially disclosed.',
  },
  {
    id: 'apply.disclosed.total/full-disclosure-is-N',
    metric: 'apply.disclosed.total',
    pattern: String.raw`\b(?:full\s+disclosure|(?:disclosed|granted)\s+in\s+full|fully\s+disclosed)(?:\s+(?:was\s+)?(?:granted|made))?(?:{IS}|\s+(?:in|for)\s+){N}`,
    example: 'Full disclosure was granted in 18 cases.',
  },
  // Appeals.
  {
    id: 'appeal.review.total/N-reconsideration',
    metric: 'appeal.review.total',
    pattern: String.raw`{N}\s+(?:(?:cases?|applications?|requests?)\s+(?:of|for)\s+)?(?:administrative\s+)?reconsideration(?!\s+(?:and|or)\s+(?:administrative\s+)?(?:litigation|lawsuits?))`,
    example: 'There were 3 administrative reconsideration cases and 1 administrative litigation case concerning disclosure.',
  },
  {
    id: 'appeal.review.total/reconsideration-is-N',
    metric: 'appeal.review.total',
    pattern: String.raw`\badministrative\s+reconsideration(?:\s+(?:cases?|applications?))?(?:\s+(?:were|was)\s+(?:filed|received|brought))?{IS}{N}`,
    example: 'Administrative reconsideration\t1',
  },
  {
    id: 'appeal.suit.total/N-litigation',
    metric: 'appeal.suit.total',
    pattern: String.raw`{N}\s+(?:cases?\s+of\s+)?(?:administrative\s+)?(?:litigation|lawsuits?)`,
    example: 'There were 3 administrative reconsideration cases and 1 administrative litigation case concerning disclosure.',
  },
  {
    id: 'appeal.suit.total/litigation-is-N',
    metric: 'appeal.suit.total',
    pattern: String.raw`\badministrative\s+(?:litigation|lawsuits?)(?:\s+cases?)?{IS}{N}`,
    example: 'Administrative litigation\t0',
  },
  // Responses.
  {
    id: 'response.interpretations/N-interpretations',
    metric: 'response.interpretations',
    pattern: String.raw`{N}\s+(?:(?:pieces|items|articles)\s+of\s+)?(?:policy\s+)?interpretations?(?:\s+(?:materials?|documents?|articles?))?(?!\s+(?:of|for)\s+(?:requests|applications))`,
    example: 'The government released 56 policy interpretations in text, graphics and video.',
  },
  {
    id: 'response.interpretations/interpreted-N-policies',
    metric: 'response.interpretations',
    pattern: String.raw`\binterpreted\s+{W}{N}\s+(?:major\s+|new\s+|important\s+)?(?:policies|policy\s+documents)`,
    example: 'The bureau interpreted 14 major policies for the public.',
  },
  {
    id: 'response.press_conferences/N-press-conferences',
    metric: 'response.press_conferences',
    pattern: String.raw`{N}\s+(?:press|news)\s+(?:conferences?|briefings?)`,
    example: 'It held 24 press conferences on matters of public concern.',
  },
  // Platforms.
  {
    id: 'platform.visits/site-N-visits',
    metric: 'platform.visits',
    pattern: String.raw`\b(?:website|portal|platform|site)s?\b[^#.]{0,60}?{N}(?:\s+total)?\s+(?:page\s+)?(?:visits|views|hits|visitors)`,
    example: 'The portal website recorded 2.36 million visits during the year.',
  },
  {
    id: 'platform.visits/N-visits-to-site',
    metric: 'platform.visits',
    pattern: String.raw`{N}\s+(?:page\s+)?(?:visits|views|hits|visitors)\s+(?:(?:were|was)\s+(?:recorded|registered|logged)\s+)?(?:to|on|at)\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:website|portal|platform|site)`,
    example: 'There were about 850,000 visits to the government portal website.',
  },
  // Fees.
  {
    id: 'fees.collected/collected-N',
    metric: 'fees.collected',
    pattern: String.raw`\b(?:collected|charged)\s+{W}(?:fees?\s+(?:of|totall?ing|amounting\s+to)\s+)?{N}`,
    example: 'The office collected fees of RMB 1,200 for copying and postage.',
  },
  {
    id: 'fees.collected/fees-collected-is-N',
    metric: 'fees.collected',
    pattern: String.raw`\bfees?\s+(?:collected|charged)(?:\s+for\s+[a-z ,]{0,40}?)?(?:{IS}|\s+of\s+){N}`,
    example: 'Fees collected for information disclosure amounted to 10,000 yuan.',
  },
  // Organisation.
  {
    id: 'org.staff.full_time/N-full-time',
    metric: 'org.staff.full_time',
    pattern: String.raw`{N}\s+full[- ]time\b`,
    example: 'The office has 3 full-time and 12 part-time staff working on government information disclosure.',
  },
  {
    id: 'org.staff.part_time/N-part-time',
    metric: 'org.staff.part_time',
    pattern: String.raw`{N}\s+part[- ]time\b`,
    example: 'The office has 3 full-time and 12 part-time staff working on government information disclosure.',
  },
  {
    id: 'org.staff.total/N-staff-on-disclosure',
    metric: 'org.staff.total',
    pattern: String.raw`{N}\s+(?:staff(?:\s+members)?|people|persons|personnel|officials|employees)\s+(?:working|engaged|responsible)\s+(?:on|in|for)\s+(?:government\s+)?information\s+disclosure`,
    example: 'There are 15 staff members working on government information disclosure across the bureau.',
  },
  {
    id: 'org.trainings/N-training-sessions',
    metric: 'org.trainings',
    pattern: String.raw`{N}\s+(?:training\s+(?:sessions?|courses?|classes|workshops?)|trainings|(?:sessions?|rounds?|courses?)\s+of\s+training)`,
    example: 'We organised 12 training sessions on the Regulations.',
  },
  {
    id: 'org.trainees/training-N-people',
    metric: 'org.trainees',
    pattern: String.raw`\btrain(?:ing|ed)\b[^#.]{0,80}?{N}\s+(?:people|persons|participants|trainees|officials|staff(?:\s+members)?|person-times|civil\s+servants)`,
    example: 'We organised 12 training sessions on the Regulations, attended by 1,240 people.',
  },
  // Statements of zero.
  {
    id: 'apply.new.total/no-requests-received',
    metric: 'apply.new.total',
    pattern: String.raw`{NO}\s+(?:new\s+)?{REQ}\s+(?:were|was|had\s+been|have\s+been)\s+(?:received|filed|submitted)`,
    example: 'No requests for government information disclosure were received in 2023.',
  },
  {
    id: 'apply.new.total/did-not-receive-any-requests',
    metric: 'apply.new.total',
    pattern: String.raw`\b(did\s+not|didn't|has\s+not|have\s+not|had\s+not)\s+receive[d]?\s+any\s+(?:new\s+)?{REQ}|\breceived\s+(no)\s+(?:new\s+)?{REQ}`,
    example: 'The bureau did not receive any requests for disclosure during the year.',
  },
  {
    id: 'appeal.review.total/no-reconsideration',
    metric: 'appeal.review.total',
    pattern: String.raw`{NO}\s+(?:(?:cases?|applications?)\s+(?:of|for)\s+)?administrative\s+reconsideration`,
    example: 'There was no administrative reconsideration or litigation concerning government information disclosure.',
  },
  {
    id: 'appeal.suit.total/no-litigation',
    metric: 'appeal.suit.total',
    pattern: String.raw`{NO}\s+(?:cases?\s+of\s+)?(?:administrative\s+)?(?:reconsideration\s+(?:or|and|nor)\s+(?:administrative\s+)?)?(?:litigation|lawsuits?)`,
    example: 'There was no administrative reconsideration or litigation concerning government information disclosure.',
  },
  {
    id: 'fees.collected/no-fees',
    metric: 'fees.collected',
    pattern: String.raw`{NO}\s+fees?\s+(?:were|was|have\s+been|had\s+been)\s+(?:collected|charged)|\b(did\s+not|didn't)\s+(?:collect|charge)\s+any\s+fees?`,
    example: 'No fees were charged for handling requests.',
  },
];
