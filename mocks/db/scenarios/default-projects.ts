// Acme ML's twenty projects across all four visibility scopes, with restricted member lists that
// include their owners, a few project-role overrides, and a project whose owner has left.
import type { Project, RoleRef, Team, Visibility, World } from '../../engine/index';
import type { WorldBuilder } from '../../engine/index';
import { fillProject } from './content';
import { LAUNCH_MANAGER } from './custom-roles';
import type { Rng } from './prng';

const id = (username: string): string => `user-${username}`;

type ProjectRow = {
  team: string;
  name: string;
  visibility: Visibility;
  owner: string;
  description: string;
  days: number;
  /** Restricted only: usernames or service account ids (`sa-…`), owner included. */
  restricted?: string[];
  overrides?: Record<string, RoleRef>;
};

const principal = (ref: string): string => (ref.startsWith('sa-') ? ref : id(ref));

export const ACME_PROJECTS: readonly ProjectRow[] = [
  {
    team: 'ml-research',
    name: 'llm-finetune',
    visibility: 'team',
    owner: 'achen',
    days: 400,
    description: 'Instruction fine-tuning of our 7B base model.',
    overrides: { [id('mgarcia')]: 'admin' },
  },
  {
    team: 'ml-research',
    name: 'rlhf-experiments',
    visibility: 'restricted',
    owner: 'grossi',
    days: 200,
    description: 'Reward modelling and PPO runs on unreleased preference data.',
    restricted: ['grossi', 'achen', 'jli', 'sa-ml-research-ci-bot'],
    overrides: { [id('jli')]: 'member' },
  },
  {
    team: 'ml-research',
    name: 'benchmarks-public',
    visibility: 'public',
    owner: 'tsingh',
    days: 140,
    description: 'Public leaderboard numbers for our released checkpoints.',
  },
  {
    team: 'ml-research',
    name: 'tokenizer-ablations',
    visibility: 'team',
    owner: 'wzhang',
    days: 300,
    description: 'Vocabulary size and merge-rule ablations.',
  },
  {
    team: 'vision',
    name: 'vision-baselines',
    visibility: 'team',
    owner: 'cmendes',
    days: 620,
    description: 'ResNet and ViT baselines on our internal image sets.',
    overrides: { [id('atanaka')]: 'viewer' },
  },
  {
    team: 'vision',
    name: 'segmentation-v2',
    visibility: 'restricted',
    owner: 'skhan',
    days: 160,
    description: 'Next-generation segmentation model for the partner launch.',
    restricted: ['skhan', 'cmendes', 'vdubois'],
  },
  {
    team: 'vision',
    name: 'diffusion-sweeps',
    visibility: 'team',
    owner: 'zandersson',
    days: 90,
    description: 'Hyperparameter sweeps for the image diffusion model.',
  },
  {
    team: 'vision',
    name: 'medical-imaging',
    visibility: 'restricted',
    owner: 'atanaka',
    days: 180,
    description: 'Models trained on de-identified scans; access limited by contract.',
    restricted: ['atanaka', 'lfischer'],
  },
  {
    team: 'llm-platform',
    name: 'llm-eval-harness',
    visibility: 'open',
    owner: 'fhaddad',
    days: 500,
    description: 'Community evaluation harness: anyone can submit runs.',
  },
  {
    team: 'llm-platform',
    name: 'inference-latency',
    visibility: 'team',
    owner: 'mgarcia',
    days: 230,
    description: 'Latency and throughput benchmarks for serving.',
    overrides: { [id('grossi')]: LAUNCH_MANAGER },
  },
  {
    team: 'llm-platform',
    name: 'rag-retrieval',
    visibility: 'public',
    owner: 'grossi',
    days: 210,
    description: 'Retrieval-augmented generation experiments.',
  },
  {
    team: 'llm-platform',
    name: 'prompt-library',
    visibility: 'team',
    owner: 'cmartin',
    days: 150,
    description: 'Prompt templates and their evaluation runs.',
  },
  {
    team: 'infra',
    name: 'launch-queues',
    visibility: 'team',
    owner: 'kmensah',
    days: 480,
    description: 'Launch queue configuration and job history.',
  },
  {
    team: 'infra',
    name: 'gpu-utilization',
    visibility: 'open',
    owner: 'wzhang',
    days: 450,
    description: 'Cluster GPU utilization dashboards, shared with vendors.',
  },
  {
    team: 'infra',
    name: 'ci-smoke-tests',
    visibility: 'team',
    owner: 'skhan',
    days: 280,
    description: 'Nightly smoke-test training runs.',
    overrides: { [id('ofarouk')]: 'viewer' },
  },
  {
    team: 'infra',
    name: 'data-pipeline',
    visibility: 'team',
    owner: 'mbecker',
    days: 520,
    description: 'Feature extraction and dataset versioning pipeline.',
  },
  {
    team: 'safety-evals',
    name: 'jailbreak-evals',
    visibility: 'restricted',
    owner: 'ipetrov',
    days: 300,
    description: 'Adversarial prompt evaluations; results are embargoed.',
    restricted: ['ipetrov', 'nnovak', 'sa-safety-evals-eval-runner'],
  },
  {
    team: 'safety-evals',
    name: 'toxicity-classifier',
    visibility: 'team',
    owner: 'nnovak',
    days: 210,
    description: 'Training the toxicity filter.',
  },
  {
    team: 'safety-evals',
    name: 'red-team-reports',
    visibility: 'restricted',
    owner: 'vdubois',
    days: 120,
    description: 'Findings from the quarterly red-team exercise.',
    restricted: ['vdubois', 'ipetrov', 'gkim'],
  },
  {
    team: 'safety-evals',
    name: 'bias-audit',
    visibility: 'team',
    owner: 'ipetrov',
    days: 100,
    description: 'Fairness metrics across demographic slices.',
  },
];

const WRITER_ROLES = new Set<RoleRef>(['admin', 'member', 'service']);

/** Principals of the project's team who may log runs and artifacts there. */
export function writersOf(world: World, team: Team, project: Project): string[] {
  const inProject = project.visibility === 'restricted' ? new Set(project.restrictedMembers) : null;
  return team.members
    .entries()
    .filter(
      ([pid, m]) =>
        WRITER_ROLES.has(project.roleOverrides.get(pid) ?? m.role) && (!inProject || inProject.has(pid)),
    )
    .map(([pid]) => pid)
    .filter((pid) => world.users.has(pid) || world.serviceAccounts.has(pid));
}

export function addAcmeProjects(b: WorldBuilder, rng: Rng, teams: Record<string, Team>): void {
  for (const row of ACME_PROJECTS) {
    const team = teams[row.team];
    if (!team) throw new Error(`unknown team ${row.team}`);
    const project = b.addProject({
      teamId: team.id,
      name: row.name,
      description: row.description,
      ownerId: id(row.owner),
      visibility: row.visibility,
      restrictedMembers: (row.restricted ?? []).map(principal),
      roleOverrides: row.overrides ?? {},
      createdDaysAgo: row.days,
    });
    const writers = writersOf(b.world, b.teamNow(team.id), project);
    const people = writers.filter((w) => b.world.users.has(w));
    fillProject(b, rng, project, writers, people, { runs: [3, 8], reports: [0, 3], artifacts: [1, 4] });
  }
  // Work by Marcus, who has left: it stays, "authored by a removed user".
  const marcus = id('mbecker');
  b.addRun('project-infra-data-pipeline', 'golden-harbor-1', marcus, 'finished', 400);
  b.addRun('project-infra-data-pipeline', 'quiet-river-2', marcus, 'crashed', 380);
  b.addArtifact('project-infra-data-pipeline', 'data-pipeline-dataset', marcus, 390);
  b.addArtifact('project-ml-research-llm-finetune', 'llm-finetune-tokenizer', marcus, 350);
  b.addReport('project-ml-research-llm-finetune', 'Tokenizer handover notes', marcus, 130);
}
