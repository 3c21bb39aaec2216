import { describe, expect, it } from "vitest";
import { Gate } from "./gate";

describe("Gate", () => {
  it("admits up to its limit at once and refuses the rest without waiting", () => {
    const gate = new Gate(3);
    const a = gate.tryEnter(2);
    expect(a).not.toBeNull();
    expect(gate.tryEnter(2)).toBeNull();
    const b = gate.tryEnter(1);
    expect(gate.inFlight).toBe(3);
    expect(gate.tryEnter()).toBeNull();
    a!();
    a!(); // a second release changes nothing
    expect(gate.inFlight).toBe(1);
    expect(gate.tryEnter(2)).not.toBeNull();
    b!();
  });

  it("queues up to its queue limit in order, and refuses beyond it", async () => {
    const gate = new Gate(1, 2);
    const first = await gate.enter()!;
    const order: string[] = [];
    const second = gate.enter()!.then((r) => (order.push("second"), r));
    const third = gate.enter()!.then((r) => (order.push("third"), r));
    expect(gate.queued).toBe(2);
    expect(gate.enter()).toBeNull();
    first();
    (await second)();
    (await third)();
    expect(order).toEqual(["second", "third"]);
    expect(gate.inFlight).toBe(0);
    expect(gate.queued).toBe(0);
  });
});
