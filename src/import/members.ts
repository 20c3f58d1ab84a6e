/**
 * The committee's members in one cell, as a form or a spreadsheet holds them: one member a line
 * or separated by `;`, each a name and, in parentheses after it, the role
 * (`Claire Morel (présidente, adjointe à la vie associative) ; Karim Haddad`). A role may hold
 * commas and parentheses of its own; a member without a name is refused, the others kept.
 */
import { trailingGroup } from './columns.js';
import { isEmpty, items, text, type Cell, type Read, type Refusal } from './values.js';

interface Member {
  readonly nom: string;
  readonly role?: string;
}

function member(item: string): Member | Refusal {
  const open = item.startsWith('(') && item.endsWith(')') ? 0 : trailingGroup(item, '(', ')');
  const nom = (open === undefined ? item : item.slice(0, open)).trim();
  const role = open === undefined ? '' : item.slice(open + 1, -1).trim();
  if (nom === '') return { code: 'import-member-without-name', params: { value: item } };
  return role === '' ? { nom } : { nom, role };
}

export function readMembers(cell: Cell): Read {
  if (isEmpty(cell)) return { value: undefined, refusals: [] };
  const read = items(text(cell)).map(member);
  const members = read.filter((m): m is Member => 'nom' in m);
  return { value: members.length > 0 ? members : undefined, refusals: read.filter((m): m is Refusal => 'code' in m) };
}
