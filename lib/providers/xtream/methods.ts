/**
 * The document's method list, as `api/<group>/<action>` (the form the document's URLs take), with the client
 * method for each. coverage.test.ts keeps this, the client and the contract tests in step.
 */
export const documentedMethods = [
  { doc: "line/new", client: "createLine", heading: "Creating New Line" },
  { doc: "line/update", client: "updateLine", heading: "Editing Line" },
  { doc: "line/delete", client: "deleteLine", heading: "Deleting Line" },
  { doc: "line/info", client: "getLineInfo", heading: "View Line Information" },
  { doc: "mag/new", client: "createMag", heading: "Example API Call To Create New MAG" },
  { doc: "mag/update", client: "updateMag", heading: "Example API Call To Edit a MAG Device" },
  { doc: "mag/delete", client: "deleteMag", heading: "Example API Call To Delete a MAG Device" },
  { doc: "mag/info", client: "getMagInfo", heading: "View Information MAG Device" },
  { doc: "administrators/new", client: "createAdministrator", heading: "Add New Administrator" },
  { doc: "administrators/update", client: "updateAdministrator", heading: "Edit Administrator" },
  { doc: "administrators/list", client: "listAdministrators", heading: "List Panel Administrators" },
  { doc: "servers/list", client: "listServers", heading: "List Servers" },
  { doc: "servers/view", client: "viewServer", heading: "View the details of a single server with its ID" },
  { doc: "servers/update", client: "updateServer", heading: "Editing Server" },
  { doc: "streams/online", client: "listOnlineStreams", heading: "Getting Online Streams" },
  { doc: "streams/offline", client: "listOfflineStreams", heading: "Getting Offline Streams" },
  { doc: "streams/start", client: "startStream", heading: "Enabling / (Re)starting Streams" },
  { doc: "streams/stop", client: "stopStream", heading: "Disabling / Stopping Streams" },
  { doc: "resellers/new", client: "createReseller", heading: "Add New Reseller" },
  { doc: "resellers/update", client: "updateReseller", heading: "Edit Reseller" },
  { doc: "resellers/add_credits", client: "addResellerCredits", heading: "Add Credits to Reseller" },
  { doc: "resellers/list", client: "listResellers", heading: "List Panel Resellers" },
] as const satisfies readonly { doc: string; client: string; heading: string }[];
