import type { Random } from '../random';
import { adminLines, customerLines, followUps, openers, topics } from './pools';

export interface TopicBodies {
  subject: string;
  words: readonly string[];
  customer: string[];
  admin: string[];
}

const fill = (line: string, words: readonly string[]) =>
  line.replace('{0}', words[0] as string).replace('{1}', words[1] as string);

/**
 * Pre-built message bodies per topic. Conversations share these strings, which keeps seeding
 * fast and lets the search evaluator cache one word set per distinct body.
 */
export function buildBodies(random: Random): TopicBodies[] {
  return topics.map((topic) => {
    const customer: string[] = [];
    const admin: string[] = [];
    for (let i = 0; i < 12; i++) {
      const words = random.sample(topic.words, topic.words.length);
      customer.push(`<p>${random.pick(openers)} ${fill(random.pick(customerLines), words)}</p>`);
      admin.push(`<p>${fill(random.pick(adminLines), words)}</p>`);
    }
    for (const line of followUps) customer.push(`<p>${line}</p>`);
    return { subject: topic.subject, words: topic.words, customer, admin };
  });
}
