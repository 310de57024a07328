import type { z } from "zod";

import type { xtreamCredentials } from "./definition";

export type XtreamCredentials = z.output<typeof xtreamCredentials>;
