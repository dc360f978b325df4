package community.hub.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests sent all at once, each on a thread of its own held at one gate, to race for the same thing. */
final class Race {

    private Race() {}

    static List<HttpResponse<String>> race(List<Callable<HttpResponse<String>>> requests) throws Exception {
        return together(requests);
    }

    /** Anything done at once (a click in each of several browsers): what each came to, in the order given. */
    static <T> List<T> together(List<Callable<T>> doings) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(doings.size());
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (Callable<T> doing : doings) {
                answers.add(pool.submit(() -> {
                    gate.await();
                    return doing.call();
                }));
            }
            gate.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> answer : answers) {
                outcomes.add(answer.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    static long count(List<HttpResponse<String>> responses, int status) {
        return responses.stream()
                .filter(response -> response.statusCode() == status)
                .count();
    }
}
