// More contract language for the playbook positions test (position-cases.ts): terms that cost the
// licensee its licence or its freedom, each with a near miss in the same words.
import type { PositionCase } from './position-cases';

export const LICENSEE_CASES: Record<string, PositionCase> = {
  'one-sided.control-ends-licence': {
    against: 'B',
    fires: 'If the {B} undergoes a change of control, the {A} may terminate this Agreement by written notice with immediate effect.',
    nearMiss: 'If the {A} undergoes a change of control, the {B} may terminate this Agreement by written notice with immediate effect.',
  },
  'one-sided.commercial-threshold': {
    against: 'B',
    fires: 'If the products of the {B} have more than 1,000,000 monthly active users, the {B} must request a further licence from the {A}, which the {A} may grant in its sole discretion.',
    nearMiss: 'If the products of the {B} have more than 1,000,000 monthly active users, the {B} shall pay the {A} the additional royalty set out in Schedule 2.',
  },
  'one-sided.endless-confidentiality': {
    against: 'B',
    fires: 'The {B} shall keep the Confidential Information of the {A} in confidence, and this obligation of confidentiality shall continue in perpetuity.',
    nearMiss: 'The {B} shall keep the Confidential Information of the {A} in confidence for five (5) years after this Agreement ends, and its trade secrets in perpetuity.',
  },
};
