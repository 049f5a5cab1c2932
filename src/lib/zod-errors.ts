/** Turn zod issues into sentences that name the field, for maintainers who are not developers. */
import type { z } from 'zod';

export function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    if (issue.code === 'unrecognized_keys') {
      return `${path}: unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove them or check the spelling`;
    }
    return `field "${path}" ${issue.message.replace(/^Invalid input: /, '')}`;
  });
}
