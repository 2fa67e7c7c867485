/**
 * The mobile scenario of the contract (issue 11, "Generated clients in CI"): what a hospital's emulation officer
 * (cán bộ thi đua) does from a phone, written against the types that openapi-typescript generates from
 * openapi/v1.json and called through openapi-fetch. scripts/ts-client.sh type-checks it with `tsc --noEmit` and
 * refuses casts (`as`, `<T>x`), non-null assertions (`x!`) and `any`: every value is narrowed the honest way.
 */
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/thidua.js";

type Schemas = components["schemas"];
type Client = ReturnType<typeof connect>;

/** What every error response carries, whichever problem schema an operation names for it (RFC 9457 with `code`). */
interface ProblemShape {
  readonly status: number;
  readonly code: string;
  readonly detail?: string | null;
}

/** A failed call as the app shows it: the stable `code` picks the message, `detail` explains. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string | null | undefined,
  ) {
    super(detail ?? code);
  }
}

function fail(response: Response, problem: ProblemShape | undefined): ApiProblem {
  return problem === undefined
    ? new ApiProblem(response.status, "http_error", response.statusText)
    : new ApiProblem(problem.status, problem.code, problem.detail);
}

function etagOf(response: Response): string {
  const etag = response.headers.get("ETag");
  if (etag === null) {
    throw new ApiProblem(response.status, "missing_etag", "The API answered without an ETag.");
  }
  return etag;
}

export function connect(baseUrl: string, token: string) {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
}

/** Every hospital under a Sở, page by page (keyset cursor), as the unit picker loads them. */
export async function hospitalsUnder(client: Client, parentId: string): Promise<Schemas["UnitSummaryDto"][]> {
  const units: Schemas["UnitSummaryDto"][] = [];
  let cursor: string | undefined;
  do {
    const { data, error, response } = await client.GET("/api/v1/units", {
      params: { query: { kind: "hospital", status: "active", parentId, limit: 50, cursor } },
    });
    if (data === undefined) {
      throw fail(response, error);
    }
    units.push(...data.items);
    cursor = data.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return units;
}

/** Clusters whose name matches what the officer typed, with or without Vietnamese accents ("cum thi dua"). */
export async function findClusters(client: Client, typed: string): Promise<string[]> {
  const { data, error, response } = await client.GET("/api/v1/clusters", { params: { query: { q: typed, kind: "cluster" } } });
  if (data === undefined) {
    throw fail(response, error);
  }
  return data.items.map((cluster) => `${cluster.name} (${cluster.managingAuthority.name})`);
}

/** The campaigns the officer can still act on: launched ones whose period has not ended. */
export async function openCampaigns(client: Client, authorityId: string, today: string): Promise<Schemas["CampaignSummaryDto"][]> {
  const { data, error, response } = await client.GET("/api/v1/campaigns", {
    params: { query: { launchingAuthorityId: authorityId, status: "launched" } },
  });
  if (data === undefined) {
    throw fail(response, error);
  }
  return data.items.filter((campaign) => campaign.periodEnd >= today);
}

/**
 * Registers the officer's unit, or revises its registration. A revision names the version it read (`If-Match`); when
 * someone else changed it meanwhile (412 `precondition_failed`), the app reads it again and asks the officer.
 */
export async function register(
  client: Client,
  campaignId: string,
  unitId: string,
  targetTitles: string[],
): Promise<{ registration: Schemas["RegistrationDto"]; etag: string } | { conflict: Schemas["RegistrationDto"] }> {
  const path = { campaignId, unitId };
  const current = await client.GET("/api/v1/campaigns/{campaignId}/registrations/{unitId}", { params: { path } });
  const ifMatch = current.data === undefined ? undefined : etagOf(current.response);
  const body: Schemas["RegistrationRequest"] = {
    targetTitles,
    models: [{ name: "Đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người bệnh", expectedResults: "Tỷ lệ hài lòng ≥ 95%" }],
    individualTargets: [{ fullName: "Lê Văn Hải", position: "Trưởng khoa Hồi sức", targetTitle: "CSTDCS" }],
  };
  const { data, error, response } = await client.PUT("/api/v1/campaigns/{campaignId}/registrations/{unitId}", {
    params: { path, header: { "If-Match": ifMatch } },
    body,
  });
  if (data !== undefined) {
    return { registration: data, etag: etagOf(response) };
  }
  if (error !== undefined && error.code === "precondition_failed") {
    const latest = await client.GET("/api/v1/campaigns/{campaignId}/registrations/{unitId}", { params: { path } });
    if (latest.data !== undefined) {
      return { conflict: latest.data };
    }
  }
  throw fail(response, error);
}

/** Drafts the unit's yearly dossier with one nominee. The Idempotency-Key makes a retry on a flaky network safe. */
export async function draftDossier(
  client: Client,
  unitId: string,
  year: number,
  nominee: { personId: string; awardTypeCode: string; achievement: string },
): Promise<{ nomination: Schemas["NominationDto"]; etag: string }> {
  const drafted = await client.POST("/api/v1/nominations", {
    params: { header: { "Idempotency-Key": `mobile-draft-${unitId}-${year}` } },
    body: { proposingUnitId: unitId, year, commendationType: "merit", title: `Đề nghị khen thưởng năm ${year}` },
  });
  if (drafted.data === undefined) {
    throw fail(drafted.response, drafted.error);
  }
  const proposed = await client.POST("/api/v1/nominations/{nominationId}/lines", {
    params: { path: { nominationId: drafted.data.id }, header: { "If-Match": etagOf(drafted.response) } },
    body: { personId: nominee.personId, awardTypeCode: nominee.awardTypeCode, achievementSummary: nominee.achievement, evidence: ["Báo cáo thành tích (Mẫu 05)"] },
  });
  if (proposed.data === undefined) {
    throw fail(proposed.response, proposed.error);
  }
  return { nomination: proposed.data, etag: etagOf(proposed.response) };
}

/** Submits the dossier; a replayed answer (`Idempotent-Replayed: true`) is the same submission, not a second one. */
export async function submitDossier(client: Client, nominationId: string, etag: string, attempt: string): Promise<Schemas["NominationDto"]> {
  const { data, error, response } = await client.POST("/api/v1/nominations/{nominationId}/submit", {
    params: { path: { nominationId }, header: { "If-Match": etag, "Idempotency-Key": attempt } },
  });
  if (data === undefined) {
    throw fail(response, error);
  }
  return data;
}

/** What the dashboard shows: each submitted line's nominee, title and whether the eligibility check passed. */
export async function submittedLines(client: Client, unitId: string, year: number): Promise<string[]> {
  const { data, error, response } = await client.GET("/api/v1/nominations", {
    params: { query: { proposingUnitId: unitId, year, status: "submitted" } },
  });
  if (data === undefined) {
    throw fail(response, error);
  }
  const shown: string[] = [];
  for (const summary of data.items.filter((nomination) => nomination.lines > 0)) {
    const dossier = await client.GET("/api/v1/nominations/{nominationId}", { params: { path: { nominationId: summary.id } } });
    if (dossier.data === undefined) {
      throw fail(dossier.response, dossier.error);
    }
    for (const line of dossier.data.lines) {
      shown.push(`${line.nomineeName}: ${line.awardType.name} ${line.eligibility?.isEligible === true ? "✓" : "?"}`);
    }
  }
  return shown;
}

/** The ranking of the unit's cluster covenant, as the leaderboard screen lists it. */
export async function leaderboard(client: Client, covenantId: string): Promise<string[]> {
  const { data, error, response } = await client.GET("/api/v1/covenants/{covenantId}/ranking", { params: { path: { covenantId } } });
  if (data === undefined) {
    throw fail(response, error);
  }
  return data.units.map((entry) => `${entry.rank}. ${entry.unit.name}: ${entry.total}${entry.passesGates ? "" : " (gate failed)"}`);
}

/** Enum filters are typed: a value outside the enum does not compile. */
export async function typedFilters(client: Client): Promise<void> {
  // @ts-expect-error "benh-vien" is not a UnitKind
  await client.GET("/api/v1/units", { params: { query: { kind: "benh-vien" } } });
  // @ts-expect-error "open" is not a NominationStatus
  await client.GET("/api/v1/nominations", { params: { query: { status: "open" } } });
  // @ts-expect-error "ongoing" is not a CampaignStatus
  await client.GET("/api/v1/campaigns", { params: { query: { status: "ongoing" } } });
}
