/**
 * Questions to start a reflection, three per ingredient, in the project's own words. They
 * draw on the practical lessons and the values for good relationships in DOMAIN.md.
 */
import type { IngredientId } from './ingredients';

export const REFLECTION_PROMPTS: Readonly<Record<IngredientId, readonly string[]>> = {
  assets: [
    'Whose knowledge shaped the last decision? Did lived experience count as much as job experience?',
    'Did we ask people what they are good at, or only what they need?',
    'What was already there in the community that we used, or could have used?',
  ],
  'shared-roles': [
    'Who made the last decision, and who only heard about it afterwards?',
    'Is everyone clear about the aim, their role and how decisions are made? How do we know?',
    'Did we ask each person how, and how much, they want to be involved?',
  ],
  capacity: [
    'What did someone learn or do for the first time? Who noticed?',
    'What training or peer support would help people do more for themselves?',
    'Are we working with the people and resources we have, or waiting for ones we do not?',
  ],
  mutuality: [
    'Did taking part help each person before it helped the project?',
    'When did we last thank people for their time, and did it reach everyone?',
    'What have staff gained from the people taking part, not only the other way round?',
  ],
  networks: [
    'Did people meet as people, or as job titles and labels?',
    'Where did support from a peer help someone take on something new?',
    'Whose views were missing from the room, and how could we hear them?',
  ],
  catalysts: [
    'Which of our assumptions was challenged, and what did we do about it?',
    'Who backs this work beyond the group, and have they seen the whole journey?',
    'What are we unsure about? How could we learn from it together, in the open?',
  ],
};
