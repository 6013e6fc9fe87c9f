// English cue lexicon and word tables. Cue verbs are grouped by how reliably they mark an
// attribution in news prose (the weight), as observed while studying annotated US political news.
import { cues, words } from './lexicon';
import type { Lexicon } from './lexicon';

const SPEECH = `say, says, said, saying, add, adds, added, adding, note, notes, noted, noting, write, writes,
  wrote, argue, argues, argued, arguing, explain, explains, explained, explaining, stated,
  stating, tweeted, tweeting, insist, insists, insisted, insisting, assert, asserts, asserted,
  asserting, declare, declares, declared, declaring, announce, announces, announced, announcing,
  acknowledge, acknowledges, acknowledged, acknowledging, admit, admits, admitted, admitting,
  concede, concedes, conceded, conceding, warn, warns, warned, warning, suggest, suggests,
  suggested, suggesting, predict, predicts, predicted, predicting, recall, recalls, recalled,
  recalling, reply, replies, replied, respond, responds, responded, answered, stress, stresses,
  stressed, emphasize, emphasizes, emphasized, emphasizing, reiterate, reiterates, reiterated,
  repeated, joked, quipped, complain, complains, complained, complaining, lament, lamented,
  boasted, bragged, confirm, confirms, confirmed, reveal, reveals, revealed, reported, reportedly,
  posted, point out, points out, pointed out, pointing out, went on to say, went on, continued,
  cautioned, observed, wondered, mused, shouted, yelled, chanted, testified, emailed, texted,
  retweeted, disclosed, conclude, concludes, concluded, concluding, contend, contends, contended,
  maintained, allege, alleges, alleged, alleging, speculated, hinted, implied, indicated,
  signaled, agreed, echoing, declared, predicted, estimated, reminded, reminding, interjected,
  recounted, countered, charged, contended`;

const ATTITUDE = `believe, believes, believed, think, thinks, fears, feared, worries, worried, hopes, hoped,
  hoping, expect, expects, want, wants, wanted, intends, vow, vows, vowed, vowing,
  promise, promises, promised, promising, pledge, pledges, pledged, pledging, threaten, threatens,
  threatened, threatening, urge, urges, urged, urging, call for, calls for, called for, calling
  for, call on, calls on, called on, calling on, ask, asks, asked, asking, demand, demands,
  demanded, seek, seeks, sought, seeking, propose, proposes, proposed, proposing, cite, cites,
  cited, citing, describe, describes, described, describing, called, calling, accuse, accuses,
  accused, accusing, criticize, criticizes, criticized, criticizing, blame, blames, blamed,
  blaming, praise, praises, praised, praising, endorse, endorses, endorsed, endorsing,
  defends, defended, defending, attacked, attacking, blast, blasts, blasted, blasting, slam,
  slams, slammed, slamming, denounce, denounces, denounced, denouncing, condemn, condemns,
  condemned, mock, mocks, mocked, mocking, decried, questioned, questioning, challenged,
  supported, supporting, oppose, opposes, opposed, opposing, backed, touted, touting, railed,
  lambasted, assailed, derided, rebuked, likened, labeled, portrayed, referred to, referring to,
  refers to, shows, showed, showing, found, finds, seemed, seems, appears, appeared, declined,
  refuses, refused, refusing, welcomed, thanked, mentioned, mentioning, discussed, talked about,
  spoke about, talking about, encouraged, pushed, urged`;

// Less frequent attitude, action and report verbs; each marks an attribution more often than not.
const OTHER_ATTITUDE = `expected, known, expressed, offered, mention, discuss, named, claiming, ordered, echoed,
  listed, deemed, nominated, voiced, sounded, discussing, expecting, highlighted,
  titled, express, pressed, reads, pleaded, convinced, projected, remarked, highlighting,
  remembered, angered, ruled, repeating, hints, indicate, portray, quoted, applauded,
  referenced, forecast, recommended, thanking, bemoaned, believing, restricting,
  remarking, sided, invoked, focuses, commented, indicates, mentions, detailing, weighed,
  considers, distanced, balked, referencing, implying, realized, lashed, informed,
  regarded, knocked, aiming, congratulated, portraying, dubbed, imagined,
  outlining, hailed, documented, sparred, reacted, negotiated, condemning, pivoted, brushed,
  recognizing, rebut, alluding, acquiesced, proclaimed, fearing, singled, prefers,
  remembers, wondering, lays, justify, credited, chanting, see, sees, knows, hope, worry, worries,
  agree, agrees, learned, prefer, prefers, estimates, doubt, eager, confident, skeptical, pointed to,
  pointing to, made clear, made it clear, talks about, would like, voted, reports, feel, seem, supports,
  know, plans`;

// Nouns of speech and thought whose content follows as a "that"-clause ("the claim that ...").
const NOUNS = `claim, claims, idea, notion, belief, argument, assertion, suggestion, allegation, allegations,
  complaint, complaints, concern, concerns, fear, fears, hope, hopes, warning, warnings, promise,
  pledge, insistence, rumor, rumors, speculation, report, reports, evidence, statement, theory,
  contention, acknowledgment, admission, assurance, assurances, prediction, predictions,
  expectation, assumption, doubts, worries, charge`;

export const lexiconEn: Lexicon = {
  language: 'en',
  functionWords: words('the of and to in is that for it was on with as by he at from his an be has have are were this'),
  cues: [
    ...cues(SPEECH, 'verb', 0.85),
    ...cues('tell, tells, told, telling, assured, assures, informed', 'verb', 0.85, { addressee: true }),
    ...cues(ATTITUDE, 'verb', 0.55),
    ...cues(OTHER_ATTITUDE, 'verb', 0.5),
    ...cues(
      'deny, denies, denied, denying, reject, rejects, rejected, rejecting, dismiss, dismisses, dismissed, dismissing, disputed, disputes, refuted, rebutted',
      'verb',
      0.8,
      { stance: 'DENIES' },
    ),
    ...cues('claim, claims, claimed, claiming', 'verb', 0.8),
    ...cues('according to, as reported by, reported by', 'prep', 0.85),
    ...cues(
      NOUNS.split(',')
        .map((n) => `${n.trim()} that`)
        .join(','),
      'noun',
      0.6,
    ),
  ],
  pronouns: words('he she they it we i who you'),
  pronounSuffix: null,
  titles: words(`mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. sgt. rev. prof. president senator representative
    governor secretary minister spokesman spokeswoman spokesperson chairman chairwoman director manager
    strategist adviser advisor aide leader candidate nominee speaker mayor chief former vice prime
    attorney general judge justice pastor professor analyst pollster executive ceo founder host anchor
    commentator sheriff chair official economist consultant editor columnist reporter correspondent
    sen rep gov mr mrs ms dr`),
  skippable: words(`also has have had will would could may might did does do not never once later then
    just already previously recently repeatedly publicly privately often frequently long still quickly
    reportedly initially however again further explicitly simply flatly openly has've loudly specifically`),
  adverbSuffixes: words('ly'),
  phraseBreakers: words(`that which and but or because when while as after before if since though although
    where so than then in on at to with by from about into over under against during is was were are be
    been being has have had do does did not him them me us what how why whether said says told it's
    there here this these those thus however also`),
  verbPrefixes: [],
  verbPrefixExceptions: [],
  verbSuffixes: words('ed'),
  adjunctOpeners: words('after because while when since although though which who whom despite amid last'),
  commaAdjuncts: words('which however compared putting while although though whereas meaning'),
  adjunctSuffixes: [],
  prepositions: words('in on at during after before with for from by over under since'),
  cueAdjuncts: words(`in on at during after before with from by over to earlier later last this yesterday today
    tonight recently monday tuesday wednesday thursday friday saturday sunday privately publicly repeatedly`),
  raising: words('seem seems seemed appear appears appeared expected projected known'),
  possessives: words('his her their its our my your'),
  complementizers: words('that'),
  contentOpeners: [],
  relativizers: [],
  subjectBridges: [',', ...words('and but to — – - -- by as while after when since before in for of without about from on with then or')],
  relativeSources: words('who which that'),
  passiveAgents: words('by'),
  determiners: words('the a an this that these those'),
  abbreviations: words(`mr mrs ms dr sen rep gov gen lt col sgt st jr sr inc corp vs etc rev prof jan feb aug sept
    oct nov dec calif fla ariz conn mich minn tenn tex okla wis ky md ft mt`),
  furniturePrefixes: ['Advertisement', 'Related:', 'Read more:', 'Read also:', 'Share this'],
  furnitureStops: ['Related Articles', 'More from', 'Most Popular'],
  referringNouns: words(`report reports reporting claim claims allegation allegations accusation accusations charge
    charges story stories statement statements account accounts assertion suggestion rumor rumors rumour rumours`),
  referringDeterminers: words('the this that these those such'),
  characterisers: words('as'),
  determinerAfterNoun: false,
  confirmations: words('confirm confirms confirmed confirming acknowledged'),
  citationCues: ['as reported by', 'reported by'],
  mediaWords: words(`news times post journal herald gazette tribune courier press reuters ap afp bbc cnn nbc cbs abc
    fox msnbc npr politico axios bloomberg guardian telegraph daily magazine newspaper network channel radio
    television tv outlet wire agency`),
  predicateWords: words(`is are was were be been being am will would can could should must may might shall has have
    had do does did isn't aren't wasn't weren't won't can't couldn't shouldn't doesn't don't didn't hasn't
    haven't it's there's`),
};
