/** The six ingredients of co-production: the frame the dashboard scores against. */
export const INGREDIENT_IDS = [
  'assets',
  'shared-roles',
  'capacity',
  'mutuality',
  'networks',
  'catalysts',
] as const;

export type IngredientId = (typeof INGREDIENT_IDS)[number];

export interface Ingredient {
  id: IngredientId;
  name: string;
  /** "You have it when…", in one plain line. */
  haveItWhen: string;
  /** Signs a team can tick off; templates turn them into checklists. */
  indicators: readonly string[];
}

export const INGREDIENTS: readonly Ingredient[] = [
  {
    id: 'assets',
    name: 'Assets',
    haveItWhen: 'Everyone is treated as an equal partner in planning and running the service.',
    indicators: [
      'People who use the service helped plan this, not just comment on it.',
      'We introduced people by name, not by job title or label.',
      'People with lived experience had a say in how money is spent.',
      'We asked people what they are good at, not only what they need.',
      'Lived experience and professional knowledge were given the same weight.',
    ],
  },
  {
    id: 'shared-roles',
    name: 'Shared roles',
    haveItWhen: 'The line between staff and participants fades because the work is done differently.',
    indicators: [
      'We agreed the purpose, roles and expectations together before starting.',
      'Participants and staff swapped or shared tasks such as chairing or note-taking.',
      'Staff had permission and time to work in a new way.',
      'Participants had time to settle into their roles.',
      'Decisions were made jointly, not handed down.',
    ],
  },
  {
    id: 'capacity',
    name: 'Capacity',
    haveItWhen: "People's skills are noticed, grown and used for themselves and their community.",
    indicators: [
      'Someone learned a new skill through the project.',
      'Training was offered to participants and to staff.',
      'A participant led or co-led a session.',
      'Skills people brought were used in the work.',
    ],
  },
  {
    id: 'mutuality',
    name: 'Mutuality',
    haveItWhen: 'Everyone gives and gets something, with fair expectations on all sides.',
    indicators: [
      'Taking part helped the person before it helped the project.',
      'Time given was recognised or rewarded as agreed.',
      'Costs such as travel, childcare or meals were covered.',
      'Everyone knew what was expected of them and of the organisation.',
      'We checked that nobody felt used or left out.',
    ],
  },
  {
    id: 'networks',
    name: 'Networks',
    haveItWhen: 'Peer and personal networks work beside professionals and are valued for sharing and learning.',
    indicators: [
      'Peer support was in place.',
      'We worked with partners from other sectors.',
      'People met as people, not as roles.',
      'Many different views shaped a shared understanding.',
    ],
  },
  {
    id: 'catalysts',
    name: 'Catalysts',
    haveItWhen: 'People and organisations are helped to make change happen.',
    indicators: [
      'Champions spread the approach to others.',
      'People stayed involved from design into delivery.',
      'The work led to a change in practice or policy.',
      'Decision makers saw the whole journey and backed what came out of it.',
    ],
  },
];

export const INGREDIENT_BY_ID: ReadonlyMap<IngredientId, Ingredient> = new Map(
  INGREDIENTS.map((ingredient) => [ingredient.id, ingredient]),
);

export function isIngredientId(value: string): value is IngredientId {
  return (INGREDIENT_IDS as readonly string[]).includes(value);
}

export function ingredientName(id: IngredientId): string {
  return INGREDIENT_BY_ID.get(id)?.name ?? id;
}
