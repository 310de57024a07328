import { X4bApiError } from "../api-error";
import { serviceOrLease, type X4bArgs } from "../args";
import type { X4bAccount, X4bLease, X4bServiceRow, X4bState } from "../state";

export type LeaseService = X4bServiceRow & { lease: X4bLease };

/** The caller's service named by `service` or `lease`; another account's service does not exist for them. */
export function findService(state: X4bState, account: X4bAccount, args: X4bArgs): X4bServiceRow {
  const { id, via } = serviceOrLease(args);
  const service = state.services.find((row) => row.id === id && row.accountId === account.id);
  if (!service || (via === "lease" && service.type !== "lease")) {
    throw new X4bApiError(via === "lease" ? "Lease not found" : "Service not found");
  }
  return service;
}

export function requireLease(service: X4bServiceRow): LeaseService {
  if (service.type !== "lease" || !service.lease) {
    throw new X4bApiError("This service is not compatible with the API", "Invalid Input");
  }
  return service as LeaseService;
}

export function findLease(state: X4bState, account: X4bAccount, args: X4bArgs): LeaseService {
  return requireLease(findService(state, account, args));
}
