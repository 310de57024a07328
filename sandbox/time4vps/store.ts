import { seedData } from "./seed";
import type { Time4vpsData } from "./state";
import { settleTasks } from "./tasks";

/** Holds the account; every route reads through `data`, which first applies tasks that have finished. */
export class Time4vpsStore {
  private current: Time4vpsData = seedData();

  get data(): Time4vpsData {
    settleTasks(this.current, Date.now());
    return this.current;
  }

  reset(): void {
    this.current = seedData();
  }
}
