// Who is who in the default scenario, for demos and end-to-end tests. default-cast.test.ts keeps
// this list honest against the generated world.
export const ACME_CAST = {
  org: { id: 'org-acme-ml', slug: 'acme-ml', name: 'Acme ML' },
  /** Org admin, team admin of ml-research; the default acting user. */
  orgAdmin: 'user-achen',
  /** Second org admin, plain member of llm-platform. */
  secondOrgAdmin: 'user-bokafor',
  /** Org member with a Full seat: member of ml-research and llm-platform, project Admin override on llm-finetune. */
  member: 'user-mgarcia',
  /** Org member holding a Viewer seat (read-only whatever the role), member of vision. */
  viewerSeatMember: 'user-lfischer',
  /** Org Viewer: View-Only in ml-research and vision. */
  orgViewer: 'user-ewalsh',
  teamAdmins: {
    'ml-research': 'user-achen',
    vision: 'user-cmendes',
    'llm-platform': 'user-fhaddad',
    infra: 'user-kmensah',
    'safety-evals': 'user-ipetrov',
  },
  /** Launch Manager (custom role) as team role in infra. */
  launchManager: 'user-dramirez',
  /** Artifact Curator (custom role) as team role in ml-research. */
  artifactCurator: 'user-jli',
  /** Billing admin: an org member with no Models seat. */
  billingAdmin: 'user-ralvarez',
  /** Removed from Acme: still authors runs/artifacts and owns infra/data-pipeline. */
  formerMember: 'user-mbecker',
  /** Globex org admin: an outsider to Acme (sees only Open and Public projects). */
  outsider: 'user-sberg',
  /** In two orgs: a Member of Acme (Full seat) and of Globex (team globex-research). */
  multiOrg: 'user-skhan',
  /** A person in no org at all. */
  unaffiliated: 'user-pnair',
  projects: {
    open: ['llm-platform/llm-eval-harness', 'infra/gpu-utilization'],
    public: ['ml-research/benchmarks-public', 'llm-platform/rag-retrieval'],
    restricted: [
      'ml-research/rlhf-experiments',
      'vision/segmentation-v2',
      'vision/medical-imaging',
      'safety-evals/jailbreak-evals',
      'safety-evals/red-team-reports',
    ],
  },
  customRoles: { launchManager: 'role-launch-manager', artifactCurator: 'role-artifact-curator' },
} as const;
