package io.latentlab.explore;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Requests made while one is worked on collapse to the newest. */
class NewestRequestTest {

    @Test
    void onlyTheNewestWaitingRequestIsWorkedOn() {
        Queue<Runnable> worker = new ArrayDeque<>();
        List<Integer> worked = new ArrayList<>();
        List<String> done = new ArrayList<>();
        NewestRequest<Integer, String> requests = new NewestRequest<>(worker::add, q -> {
            worked.add(q);
            if (q == 2) {
                // requests arriving while 2 is decoded: 3 and 4 replace each other, 4 runs next
                return "two";
            }
            return "#" + q;
        }, (q, r) -> done.add(r), e -> done.add("failed"));
        requests.submit(1);
        assertEquals(1, worker.size());
        worker.poll().run();
        assertEquals(List.of(1), worked);
        requests.submit(2);
        requests.submit(3);
        requests.submit(4);
        requests.submit(5);
        assertEquals(1, worker.size(), "one drain on the worker, not one task per request");
        worker.poll().run();
        assertEquals(List.of(1, 2, 5), worked);
        assertEquals(List.of("#1", "two", "#5"), done);
        assertEquals(2, requests.dropped());
    }
}
