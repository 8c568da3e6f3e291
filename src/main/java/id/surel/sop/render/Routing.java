package id.surel.sop.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How arrows run in a layout of one row per node and one column per lane (the SOP table and the BPMN diagram): an
 * arrow to the next row leaves its symbol at the bottom; any other arrow leaves by a side into a corridor along that
 * side of its lane, runs past the rows in between and enters its target from above. Arrows whose corridor stretches
 * overlap get different slots (0 nearest the lane edge), so they never share a line.
 */
final class Routing {

    enum Exit {
        DOWN, LEFT, RIGHT
    }

    /** Straight down to the next row, or along corridor {@code slot} on side {@code exit} (LEFT or RIGHT). */
    record Route(Exit exit, int slot) {

        boolean down() {
            return exit == Exit.DOWN;
        }
    }

    private record Corridor(int lane, Exit side, int slot) {
    }

    private final Map<Integer, Set<Exit>> exitsUsed = new HashMap<>();
    private final Map<Corridor, List<int[]>> taken = new HashMap<>();

    /** Routes the next arrow leaving row {@code fromRow}; call in drawing order, since earlier arrows take exits. */
    Route route(int fromRow, int fromLane, int toRow, int toLane) {
        Set<Exit> used = exitsUsed.computeIfAbsent(fromRow, r -> EnumSet.noneOf(Exit.class));
        if (toRow == fromRow + 1 && used.add(Exit.DOWN)) {
            return new Route(Exit.DOWN, 0);
        }
        Exit preferred = toLane < fromLane ? Exit.LEFT : Exit.RIGHT;
        Exit other = preferred == Exit.LEFT ? Exit.RIGHT : Exit.LEFT;
        Exit side = used.contains(preferred) && !used.contains(other) ? other : preferred;
        used.add(side);
        return new Route(side, freeSlot(fromLane, side, Math.min(fromRow, toRow), Math.max(fromRow, toRow)));
    }

    private int freeSlot(int lane, Exit side, int firstRow, int lastRow) {
        for (int slot = 0;; slot++) {
            List<int[]> stretches = taken.computeIfAbsent(new Corridor(lane, side, slot), c -> new ArrayList<>());
            if (stretches.stream().noneMatch(s -> s[0] <= lastRow && firstRow <= s[1])) {
                stretches.add(new int[] {firstRow, lastRow});
                return slot;
            }
        }
    }
}
