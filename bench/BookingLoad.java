import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Booking-creation benchmark for a RUNNING hub (not a test; Maven never runs it). Run with the JDK's source
 * launcher from the repository root:
 *
 * <pre>java bench/BookingLoad.java --base http://127.0.0.1:18080 [--clients 16] [--warmup 10] [--seconds 30] [--rate N]
 *      [--warmup-pace strict] [--years 5] [--http jdk]</pre>
 *
 * It asks the hub for each room's free times (the availability API), cuts them into one-hour bookings that cannot
 * clash with anything or with each other (turnaround kept), then lets the clients book them as staff over HTTP
 * Basic, as fast as the hub answers (or paced to N requests/s in all), for a warm-up and then a measured period.
 * It reports bookings per second, latency percentiles, every answer that was not 201, CPU use, the server's
 * resident memory under load, and then the median time to answer one room's availability for a week over many
 * sequential requests. It only ever talks to this machine (127.0.0.1 / localhost). See bench/README.md.
 */
public class BookingLoad {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Issue 3's p99 limit: the benchmark counts, second by second, the requests slower than this. */
    private static final long SLOW = Duration.ofMillis(50).toNanos();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int availabilityRequests = Integer.parseInt(options.getOrDefault("availability-requests", "2000"));
        int wanted = Integer.parseInt(options.getOrDefault("max-bookings", "150000"));
        int years = Integer.parseInt(options.getOrDefault("years", "5"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (options.getOrDefault("user", "staff") + ":" + options.getOrDefault("password", "hub-demo")).getBytes(StandardCharsets.UTF_8));
        refuseAnythingButThisMachine(base);
        Long pid = options.containsKey("pid") ? Long.valueOf(options.get("pid")) : findServer(base.getPort()).orElse(null);

        machine();
        Api api = new Api(base, authorization);
        List<Map<String, Object>> rooms = api.rooms();
        List<Slot> slots = plan(api, rooms, wanted, years);
        System.out.printf("planned %d free one-hour slots in %d rooms%n", slots.size(), rooms.size());
        if (slots.isEmpty()) {
            System.out.println("no free slot left in the next " + years + " years: start the hub again with a fresh data directory");
            System.exit(2);
        }

        boolean lean = !"jdk".equals(options.getOrDefault("http", "lean"));
        Load load = new Load(base, authorization, slots, clients, pid, rate, lean, "strict".equals(options.get("warmup-pace")));
        load.run(warmup, seconds);

        LocalDate week = slots.get(0).start().toLocalDate();
        Map<String, Object> busiest = rooms.stream()
                .filter(room -> ((Number) room.get("id")).longValue() == slots.get(0).roomId()).findFirst().orElseThrow();
        availability(api, ((Number) busiest.get("id")).longValue(), (String) busiest.get("slug"), week, availabilityRequests);
    }

    // ---- planning: free times from the hub, cut into bookings that cannot clash ----

    record Slot(long roomId, LocalDateTime start, LocalDateTime end) {
        String json() {
            return "{\"roomId\": " + roomId + ", \"title\": \"Benchmark booking\", \"type\": \"meeting\", "
                    + "\"visibility\": \"private\", \"expectedAttendance\": 2, \"start\": \"" + start + "\", \"end\": \"" + end + "\"}";
        }
    }

    /** Free slots of every room from tomorrow on, interleaved room by room, within the years given. */
    static List<Slot> plan(Api api, List<Map<String, Object>> rooms, int wanted, int years) throws Exception {
        Map<Long, List<Slot>> byRoom = new LinkedHashMap<>();
        LocalDate first = LocalDate.now(LONDON).plusDays(1);
        LocalDate last = first.plusYears(years).minusDays(7);
        int perRoom = wanted / rooms.size() + 1;
        for (Map<String, Object> room : rooms) {
            long id = ((Number) room.get("id")).longValue();
            int length = Math.max(60, ((Number) room.get("minimumBookingMinutes")).intValue());
            int turnaround = ((Number) room.get("turnaroundMinutes")).intValue();
            List<Slot> slots = new ArrayList<>();
            for (LocalDate from = first; from.isBefore(last) && slots.size() < perRoom; from = from.plusDays(62)) {
                LocalDate to = from.plusDays(62).isAfter(last) ? last : from.plusDays(62);
                for (Object day : (List<?>) api.availability(id, from, to).get("days")) {
                    for (Object free : (List<?>) ((Map<?, ?>) day).get("free")) {
                        LocalDateTime start = LocalDateTime.parse((String) ((Map<?, ?>) free).get("start"));
                        LocalDateTime end = LocalDateTime.parse((String) ((Map<?, ?>) free).get("end"));
                        for (LocalDateTime at = start; !at.plusMinutes(length + turnaround).isAfter(end); at = at.plusMinutes(length + turnaround)) {
                            slots.add(new Slot(id, at, at.plusMinutes(length)));
                        }
                    }
                }
            }
            byRoom.put(id, slots);
        }
        List<Slot> interleaved = new ArrayList<>();
        for (int i = 0; interleaved.size() < wanted; i++) {
            int before = interleaved.size();
            for (List<Slot> slots : byRoom.values()) {
                if (i < slots.size()) {
                    interleaved.add(slots.get(i));
                }
            }
            if (interleaved.size() == before) {
                break;
            }
        }
        return interleaved;
    }

    // ---- the load: clients booking as fast as the hub answers ----

    static final class Load {
        private final URI bookings;
        private final String authorization;
        private final List<Slot> slots;
        private final int clients;
        private final Long pid;
        private final double rate;
        private final boolean lean;
        /** Whether requests the warm-up could not send on time are still sent, late (a backlog carried into the measurement). */
        private final boolean strictWarmup;
        private final AtomicInteger next = new AtomicInteger();
        private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        private final long[][] latencies;
        private final int[] counts;
        private final List<Long> rssSamples = new ArrayList<>();
        private volatile long start;
        private volatile long measureFrom;
        private volatile long measureUntil;
        private final AtomicLong ranOut = new AtomicLong();
        private final LongAdder answeredInWindow = new LongAdder();
        /** Requests slower than the goal's 50 ms, by the second of the measured period they were sent in. */
        private AtomicIntegerArray slowBySecond;
        private volatile Instant measuredFromClock;
        private long[] cpuAtStart;
        private long[] cpuAtEnd;

        Load(URI base, String authorization, List<Slot> slots, int clients, Long pid, double rate, boolean lean,
             boolean strictWarmup) {
            this.rate = rate;
            this.strictWarmup = strictWarmup;
            this.lean = lean;
            this.bookings = base.resolve("/api/bookings");
            this.authorization = authorization;
            this.slots = slots;
            this.clients = clients;
            this.pid = pid;
            this.latencies = new long[clients][];
            this.counts = new int[clients];
        }

        void run(int warmupSeconds, int seconds) throws Exception {
            long start = System.nanoTime();
            this.start = start;
            measureFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
            measureUntil = measureFrom + Duration.ofSeconds(seconds).toNanos();
            measuredFromClock = Instant.now().plusSeconds(warmupSeconds);
            slowBySecond = new AtomicIntegerArray(seconds);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                latencies[c] = new long[1 << 16];
                Thread thread = new Thread(() -> book(client), "client-" + c);
                threads.add(thread);
                thread.start();
            }
            Thread cpu = new Thread(this::sampleCpu, "cpu");
            cpu.setDaemon(true);
            cpu.start();
            Thread memory = new Thread(this::sampleMemory, "rss");
            memory.setDaemon(true);
            memory.start();
            for (Thread thread : threads) {
                thread.join();
            }
            memory.interrupt();
            cpu.join(5000);
            report(seconds);
        }

        private void book(int client) {
            Exchange http = lean ? new LeanConnection(bookings, authorization) : new JdkClient(bookings, authorization);
            long period = rate > 0 ? (long) (clients * 1_000_000_000L / rate) : 0;
            long due = start + (period * client) / clients;
            boolean measuring = false;
            while (System.nanoTime() < measureUntil) {
                long now = System.nanoTime();
                if (!measuring && now >= measureFrom) {
                    measuring = true;
                    due = strictWarmup ? due : Math.max(due, measureFrom + (period * client) / clients);
                }
                if (!measuring && !strictWarmup && period > 0 && due < now) {
                    // a warm-up request the hub could not take on time is skipped, not sent late
                    due += (now - due) / period * period;
                }
                if (period > 0) {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
                int index = next.getAndIncrement();
                if (index >= slots.size()) {
                    ranOut.incrementAndGet();
                    return;
                }
                long sent = period > 0 ? due : System.nanoTime();
                due += period;
                int status;
                String body = null;
                try {
                    String[] answer = http.post(slots.get(index).json());
                    status = Integer.parseInt(answer[0]);
                    body = answer[1];
                } catch (IOException failed) {
                    status = -1;
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long answered = System.nanoTime();
                if (status == 201 && answered >= measureFrom && answered <= measureUntil) {
                    answeredInWindow.increment();
                }
                if (sent >= measureFrom && answered <= measureUntil) {
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    if (status != 201 && statuses.get(status).sum() <= 3) {
                        System.out.println("  not 201: " + status + " " + (body == null ? "" : body.substring(0, Math.min(300, body.length()))));
                    }
                    if (counts[client] < latencies[client].length) {
                        latencies[client][counts[client]++] = answered - sent;
                    }
                    if (answered - sent > SLOW) {
                        slowBySecond.incrementAndGet((int) Math.min(slowBySecond.length() - 1, (sent - measureFrom) / 1_000_000_000L));
                    }
                }
            }
        }

        /** Machine and server CPU ticks when the measurement starts and ends. */
        private void sampleCpu() {
            try {
                Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
                cpuAtStart = cpuTicks(pid);
                Thread.sleep(Math.max(0, (measureUntil - System.nanoTime()) / 1_000_000));
                cpuAtEnd = cpuTicks(pid);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }

        private void sampleMemory() {
            while (!Thread.currentThread().isInterrupted() && pid != null) {
                try {
                    Thread.sleep(1000);
                    if (System.nanoTime() > measureFrom) {
                        rss(pid).ifPresent(kb -> {
                            synchronized (rssSamples) {
                                rssSamples.add(kb);
                            }
                        });
                    }
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }

        private void report(int seconds) {
            long[] all = new long[Arrays.stream(counts).sum()];
            int at = 0;
            for (int c = 0; c < clients; c++) {
                System.arraycopy(latencies[c], 0, all, at, counts[c]);
                at += counts[c];
            }
            Arrays.sort(all);
            long created = statuses.getOrDefault(201, new LongAdder()).sum();
            long others = statuses.entrySet().stream().filter(e -> e.getKey() != 201).mapToLong(e -> e.getValue().sum()).sum();
            Map<Integer, Long> byStatus = new TreeMap<>();
            statuses.forEach((status, count) -> byStatus.put(status, count.sum()));
            System.out.println();
            System.out.printf("booking creation, %d clients, %s, %d s measured after warm-up%n", clients,
                    rate > 0 ? String.format("paced at %.0f requests/s in all (latency from each request's planned start)", rate)
                            : "each sending its next request as soon as it has an answer", seconds);
            System.out.printf("  bookings/s       %.1f  (%d created)%n", created / (double) seconds, created);
            System.out.printf("  latency ms       p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                    ms(percentile(all, 50)), ms(percentile(all, 95)), ms(percentile(all, 99)), ms(all.length == 0 ? 0 : all[all.length - 1]));
            System.out.printf("  non-201 answers  %d  %s%n", others, byStatus);
            StringBuilder slow = new StringBuilder();
            for (int second = 0; second < slowBySecond.length(); second++) {
                slow.append(' ').append(slowBySecond.get(second));
            }
            System.out.printf("  over 50 ms       by second from %s:%s%n", measuredFromClock.truncatedTo(ChronoUnit.SECONDS), slow);
            long finished = answeredInWindow.sum();
            System.out.printf("  201s answered    %.1f/s in the measured period, whenever due (%d)%n", finished / (double) seconds, finished);
            System.out.printf("  load average     %s at the end%n", loadAverage());
            if (cpuAtStart != null && cpuAtEnd != null) {
                long machineBusy = cpuAtEnd[0] - cpuAtStart[0];
                long machineAll = cpuAtEnd[1] - cpuAtStart[1];
                long server = cpuAtEnd[2] - cpuAtStart[2];
                long client = cpuAtEnd[3] - cpuAtStart[3];
                int cores = Runtime.getRuntime().availableProcessors();
                System.out.printf("  CPU              machine %.0f%% busy of %d cores: server %.0f%%, this load generator %.0f%%, "
                                + "other work %.0f%%; server %.2f ms CPU per booking%n",
                        100.0 * machineBusy / machineAll, cores, 100.0 * server / machineAll, 100.0 * client / machineAll,
                        100.0 * (machineBusy - server - client) / machineAll,
                        finished == 0 ? 0 : server * 1000.0 / TICKS_PER_SECOND / finished);
            }
            if (ranOut.get() > 0) {
                System.out.println("  WARNING: ran out of planned slots; raise --max-bookings");
            }
            synchronized (rssSamples) {
                if (pid == null || rssSamples.isEmpty()) {
                    System.out.println("  server RSS       n/a (give --pid)");
                } else {
                    System.out.printf("  server RSS       max %d MB, last %d MB under load (pid %d)%n",
                            rssSamples.stream().mapToLong(Long::longValue).max().orElse(0) / 1024,
                            rssSamples.get(rssSamples.size() - 1) / 1024, pid);
                }
            }
        }
    }

    // ---- the clients' HTTP: one keep-alive connection each ----

    /** One client's way of posting a booking: status and body back. */
    interface Exchange {
        String[] post(String json) throws IOException, InterruptedException;
    }

    /** The JDK's HttpClient (--http jdk): easy, but it costs this machine about a third of a core at 300 requests/s. */
    static final class JdkClient implements Exchange {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final URI target;
        private final String authorization;

        JdkClient(URI target, String authorization) {
            this.target = target;
            this.authorization = authorization;
        }

        @Override
        public String[] post(String json) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new String[] {String.valueOf(response.statusCode()), response.body()};
        }
    }

    /**
     * The default: a plain socket speaking just enough HTTP/1.1 (keep-alive, Content-Length or chunked answers), so
     * that on a 2-core machine the load generator takes as little as possible from the hub it measures, as wrk would.
     */
    static final class LeanConnection implements Exchange {
        private final URI target;
        private final byte[] head;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;

        LeanConnection(URI target, String authorization) {
            this.target = target;
            this.head = ("POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nAuthorization: " + authorization + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public String[] post(String json) throws IOException {
            if (socket == null) {
                socket = new java.net.Socket(target.getHost(), target.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 16_384);
                out = new java.io.BufferedOutputStream(socket.getOutputStream(), 4_096);
            }
            try {
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                out.write(head);
                out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                return read();
            } catch (IOException broken) {
                socket.close();
                socket = null;
                throw broken;
            }
        }

        private String[] read() throws IOException {
            String status = line().split(" ", 3)[1];
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(java.util.Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).trim();
                switch (name) {
                    case "content-length" -> length = Integer.parseInt(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers, if any
                }
            } else if (length > 0) {
                body.write(in.readNBytes(length));
            }
            if (close) {
                socket.close();
                socket = null;
            }
            return new String[] {status, body.toString(StandardCharsets.UTF_8)};
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("the hub closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    // ---- one room's week of availability, asked for again and again ----

    static void availability(Api api, long roomId, String slug, LocalDate from, int requests) throws Exception {
        LocalDate monday = from.with(java.time.DayOfWeek.MONDAY);
        for (int i = 0; i < Math.max(100, requests / 10); i++) {
            api.availabilityRaw(roomId, monday, monday.plusDays(7));
        }
        long[] took = new long[requests];
        int busy = 0;
        for (int i = 0; i < requests; i++) {
            long sent = System.nanoTime();
            String body = api.availabilityRaw(roomId, monday, monday.plusDays(7));
            took[i] = System.nanoTime() - sent;
            if (i == 0) {
                busy = body.split("\"cause\"").length - 1;
            }
        }
        Arrays.sort(took);
        System.out.println();
        System.out.printf("availability of %s for the week from %s (%d busy stretches), %d sequential requests%n",
                slug, monday, busy, requests);
        System.out.printf("  latency ms       median %.2f  p95 %.2f  p99 %.2f%n",
                ms(percentile(took, 50)), ms(percentile(took, 95)), ms(percentile(took, 99)));
    }

    // ---- plumbing ----

    static final class Api {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI base;
        private final String authorization;

        Api(URI base, String authorization) {
            this.base = base;
            this.authorization = authorization;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rooms() throws Exception {
            return (List<Map<String, Object>>) Json.parse(get("/api/rooms", true));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> availability(long roomId, LocalDate from, LocalDate to) throws Exception {
            return (Map<String, Object>) Json.parse(availabilityRaw(roomId, from, to));
        }

        String availabilityRaw(long roomId, LocalDate from, LocalDate to) throws Exception {
            return get("/api/rooms/" + roomId + "/availability?from=" + from + "&to=" + to, false);
        }

        private String get(String path, boolean signedIn) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
            if (signedIn) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }

    static void refuseAnythingButThisMachine(URI base) throws IOException {
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("This benchmark only drives a hub on this machine (127.0.0.1 or localhost), not " + base);
        }
    }

    /** The Payara Micro process listening on the port, found by its command line. */
    static Optional<Long> findServer(int port) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains("payara-micro")
                        && line.contains("--port " + port)).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    /** Assumed USER_HZ of Linux: /proc counts CPU time in hundredths of a second. */
    static final int TICKS_PER_SECOND = 100;

    /** Busy and all CPU ticks of the machine (/proc/stat) and the server's own ticks (/proc/PID/stat). */
    static long[] cpuTicks(Long pid) {
        try {
            String[] total = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < total.length; i++) {
                all += Long.parseLong(total[i]);
            }
            long idle = Long.parseLong(total[4]) + Long.parseLong(total[5]);
            long server = 0;
            if (pid != null) {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                server = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
            String own = Files.readString(Path.of("/proc/self/stat"));
            String[] mine = own.substring(own.lastIndexOf(')') + 2).split(" ");
            return new long[]{all - idle, all, server, Long.parseLong(mine[11]) + Long.parseLong(mine[12])};
        } catch (IOException | RuntimeException unavailable) {
            return null;
        }
    }

    static Optional<Long> rss(long pid) {
        try {
            Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", String.valueOf(pid)).redirectErrorStream(true).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            ps.waitFor();
            return out.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(out));
        } catch (IOException | InterruptedException | NumberFormatException unavailable) {
            return Optional.empty();
        }
    }

    static void machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        System.out.printf("machine: %d cores (%s), client JDK %s, load average %s%n", Runtime.getRuntime().availableProcessors(), cpu,
                System.getProperty("java.version"), loadAverage());
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine shows here. */
    static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " " + load[1] + " " + load[2];
        } catch (IOException unavailable) {
            return "n/a";
        }
    }

    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Options come as --name value, e.g. --base http://127.0.0.1:8080 --clients 16");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** Just enough JSON to read the hub's answers: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("Trailing text at " + json.at);
            }
            return value;
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                space();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                do {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    object.put(key, value());
                    space();
                } while (text.charAt(at++) == ',');
                return object;
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                do {
                    array.add(value());
                    space();
                } while (text.charAt(at++) == ',');
                return array;
            }
            if (c == '"') {
                return string();
            }
            for (String word : List.of("true", "false", "null")) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            return Double.valueOf(text.substring(start, at));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private void expect(char wanted) {
            if (text.charAt(at++) != wanted) {
                throw new IllegalArgumentException("Expected " + wanted + " at " + (at - 1));
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
