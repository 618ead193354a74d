import { isOrganizationHead, isRoleHead } from '@newsroom/names'

/**
 * Nouns that name people or groups of people, singular: the head of a description that can
 * speak ("a *witness*", "local *fishermen*", "the *businessman*"). Job and title words come from
 * the role heads of `@newsroom/names`, bodies from its organization heads; these are the rest.
 * Source: hand-compiled from the unnamed sources of wire copy (AP Stylebook "anonymous sources")
 * and the person nouns of WordNet's `noun.person` lexicographer file that news uses most.
 */
const humanNouns = new Set([
  'person',
  'people',
  'man',
  'woman',
  'men',
  'women',
  'child',
  'children',
  'kid',
  'boy',
  'girl',
  'teenager',
  'youth',
  'adult',
  'parent',
  'family',
  'relative',
  'source',
  'insider',
  'observer',
  'critic',
  'supporter',
  'opponent',
  'ally',
  'voter',
  'citizen',
  'local',
  'villager',
  'passenger',
  'driver',
  'customer',
  'consumer',
  'user',
  'fan',
  'viewer',
  'reader',
  'listener',
  'caller',
  'bystander',
  'eyewitness',
  'survivor',
  'refugee',
  'migrant',
  'immigrant',
  'patient',
  'participant',
  'respondent',
  'attendee',
  'delegate',
  'demonstrator',
  'protestor',
  'rioter',
  'mourner',
  'worshipper',
  'believer',
  'follower',
  'devotee',
  'lawmaker',
  'legislator',
  'negotiator',
  'mediator',
  'authority',
  'authorities',
  'government',
  'administration',
  'campaign',
  'team',
  'crew',
  'staff',
  'staffer',
  'personnel',
  'police',
  'troops',
  'force',
  'forces',
  'panel',
  'jury',
  'court',
  'tribunal',
  'camp',
  'side',
  'spokesperson',
  'colleague',
  'peer',
  'neighbour',
  'neighbor',
  'owner',
  'landlord',
  'tenant',
  'employer',
  'scholar',
  'specialist',
  'professional',
  'practitioner',
  'advocate',
  'defender',
  'prosecution',
  'defence',
  'defense',
  'organizer',
  'host',
  'narrator',
  'questioner',
  'interviewer',
  'doctor',
  'expert',
  'figure',
  'insiders',
  'nation',
  'country',
  'proponent',
  'backer',
  'detractor',
  'skeptic',
  'sceptic',
  'campaigner',
  'commentator',
  'pundit',
])

/** Singular of a plural noun, for the common English patterns. */
function singular(word: string): string {
  if (/(?:men)$/.test(word)) return word.replace(/men$/, 'man')
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y')
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.replace(/es$/, '')
  if (/[^s]s$/.test(word)) return word.slice(0, -1)
  return word
}

/** Whether a lowercase head noun names a person or a group of people. */
export function isHumanNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s?$/u, '')
  const one = singular(lower)
  return (
    humanNouns.has(lower) ||
    humanNouns.has(one) ||
    isRoleHead(lower) ||
    isRoleHead(one) ||
    isOrganizationHead(lower) ||
    isOrganizationHead(one)
  )
}
