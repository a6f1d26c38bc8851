// Word lists for generated people, teams, projects and runs. Combined deterministically by the
// seeded PRNG; 100 × 100 names give 10,000 distinct people before a numeric suffix is needed.

// prettier-ignore
export const FIRST_NAMES = [
  'Ava', 'Ben', 'Carla', 'Diego', 'Erin', 'Farah', 'Gabriel', 'Hana', 'Ivan', 'Jia',
  'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Samir', 'Tara',
  'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aiko', 'Bruno', 'Chloe', 'Dmitri',
  'Elif', 'Felix', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luca', 'Maya', 'Nikhil',
  'Olga', 'Pablo', 'Rhea', 'Sven', 'Tomas', 'Ulla', 'Vera', 'Wiktor', 'Yara', 'Zain',
  'Amara', 'Boris', 'Celine', 'Daniel', 'Esme', 'Fatima', 'Gideon', 'Helena', 'Idris', 'Julia',
  'Kenji', 'Leila', 'Marcus', 'Noor', 'Oscar', 'Paula', 'Rafael', 'Sofia', 'Theo', 'Valentina',
  'William', 'Xin', 'Yosef', 'Zara', 'Anders', 'Bianca', 'Chidi', 'Dana', 'Emil', 'Freya',
  'Goran', 'Harper', 'Isaac', 'Jasmine', 'Karim', 'Lucia', 'Milan', 'Nia', 'Orla', 'Pedro',
  'Reza', 'Sara', 'Tobias', 'Ugo', 'Vikram', 'Wanjiru', 'Yuki', 'Ziva', 'Arjun', 'Beatriz',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Chen', 'Okafor', 'Mendes', 'Ramirez', 'Walsh', 'Haddad', 'Rossi', 'Sato', 'Petrov', 'Li',
  'Mensah', 'Fischer', 'Garcia', 'Novak', 'Farouk', 'Nair', 'Murphy', 'Alvarez', 'Khan', 'Singh',
  'Kowalski', 'Dubois', 'Zhang', 'Lopez', 'Yilmaz', 'Andersson', 'Tanaka', 'Costa', 'Martin', 'Ivanova',
  'Demir', 'Weber', 'Kim', 'Laurent', 'Silva', 'Berg', 'Moreau', 'Bianchi', 'Patel', 'Iyer',
  'Sokolova', 'Herrera', 'Kapoor', 'Lindqvist', 'Horvat', 'Virtanen', 'Popescu', 'Nowak', 'Aziz', 'Malik',
  'Eze', 'Volkov', 'Fontaine', 'Park', 'Hughes', 'Rahman', 'Cohen', 'Jansen', 'Osei', 'Santos',
  'Watanabe', 'Hassan', 'Becker', 'Ali', 'Nilsson', 'Ortiz', 'Ferreira', 'Greco', 'Wagner', 'Castillo',
  'Brown', 'Wu', 'Levi', 'Ahmed', 'Larsen', 'Romano', 'Adeyemi', 'Schmidt', 'Jensen', 'Olsen',
  'Markovic', 'Taylor', 'Bauer', 'Reyes', 'Karimi', 'Moretti', 'Kovac', 'Banda', 'Kelly', 'Pereira',
  'Tehrani', 'Lund', 'Hoffmann', 'Ng', 'Rao', 'Kamau', 'Nakamura', 'Mazur', 'Ncube', 'Suarez',
] as const;

/** W&B-style project names: a topic plus a qualifier. */
// prettier-ignore
export const PROJECT_TOPICS = [
  'llm', 'vision', 'speech', 'rlhf', 'diffusion', 'retrieval', 'ranking', 'forecast', 'tabular', 'agents',
  'tokenizer', 'embedding', 'detection', 'segmentation', 'ocr', 'translation', 'recsys', 'anomaly', 'churn', 'pricing',
] as const;
// prettier-ignore
export const PROJECT_QUALIFIERS = [
  'finetune', 'baselines', 'sweeps', 'ablations', 'eval', 'pretrain', 'distill', 'benchmarks', 'prod', 'experiments',
  'v2', 'scaling', 'lora', 'quantization', 'robustness', 'calibration', 'pipeline', 'monitoring', 'playground', 'research',
] as const;

/** Team name parts; all lowercase so joined names pass the team-name rules. */
// prettier-ignore
export const TEAM_AREAS = [
  'research', 'vision', 'nlp', 'speech', 'infra', 'platform', 'applied', 'safety', 'data', 'ranking',
  'search', 'ads', 'robotics', 'genai', 'forecasting', 'fraud', 'health', 'mlops', 'evals', 'perception',
] as const;
// prettier-ignore
export const TEAM_SUFFIXES = ['core', 'lab', 'squad', 'guild', 'ops', 'studio', 'pod', 'crew', 'works', 'hub'] as const;

/** W&B run names look like "vivid-sunset-42". */
// prettier-ignore
export const RUN_ADJECTIVES = [
  'vivid', 'quiet', 'brisk', 'golden', 'lucky', 'misty', 'bold', 'gentle', 'swift', 'silent',
  'crimson', 'frosty', 'sunny', 'rare', 'eager', 'polished', 'wild', 'cosmic', 'stellar', 'young',
] as const;
// prettier-ignore
export const RUN_NOUNS = [
  'sunset', 'river', 'meadow', 'comet', 'forest', 'galaxy', 'harbor', 'lake', 'planet', 'breeze',
  'dawn', 'glade', 'frost', 'thunder', 'wave', 'cloud', 'resonance', 'snowflake', 'voice', 'firefly',
] as const;

// prettier-ignore
export const REPORT_TITLES = [
  'Weekly sync: training progress', 'Sweep results and next steps', 'Baseline comparison',
  'Ablation study', 'Eval regression triage', 'Launch readiness review', 'Learning-rate schedule notes',
  'Data quality findings',
] as const;

// prettier-ignore
export const ARTIFACT_KINDS = ['dataset', 'model', 'checkpoint', 'eval-results', 'tokenizer', 'embeddings'] as const;
