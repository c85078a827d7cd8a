package io.latentlab.cli;

import org.bytedeco.javacpp.Pointer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How much memory the process holds at one moment, in MB (2<sup>20</sup> bytes), for the soak:
 * <ul>
 *   <li>{@code rss}: the resident set, {@code VmRSS} of {@code /proc/self/status} (Linux; elsewhere
 *       JavaCPP's {@code physicalBytes}), everything the operating system counts for the process;</li>
 *   <li>{@code heap}: the JVM heap in use, read after a {@link System#gc()} hint so that garbage
 *       waiting for the next collection does not look like growth;</li>
 *   <li>{@code offHeap}: JavaCPP's {@link Pointer#totalBytes()}, the native memory currently
 *       allocated through JavaCPP pointers that have a deallocator: ND4J's data buffers (every
 *       INDArray's storage) and the other presets' allocations. An INDArray kept by mistake, or a
 *       workspace that grows, shows here;</li>
 *   <li>{@code physical}: JavaCPP's {@link Pointer#physicalBytes()}, its own reading of the
 *       process's physical memory (on Linux the resident pages less the shared ones, from
 *       {@code /proc/self/statm}), which JavaCPP compares with {@code maxPhysicalBytes} before it
 *       allocates;</li>
 *   <li>{@code nd4j}: what ND4J's memory manager says it has allocated on the CPU
 *       ({@code allocatedMemory(0)}: JavaCPP's total plus its own tracked workspaces and general
 *       allocations). In ND4J 1.0.0-M2.1 an INDArray's data buffer is allocated inside libnd4j
 *       ({@code OpaqueDataBuffer}) and freed by ND4J's own deallocator service, so neither this nor
 *       JavaCPP's total counts it: arrays kept by mistake show in {@code rss} only.</li>
 * </ul>
 */
record MemoryReading(double rssMb, double heapMb, double offHeapMb, double physicalMb, double nd4jMb) {

    private static final double MB = 1024.0 * 1024.0;
    private static final Path STATUS = Path.of("/proc/self/status");

    /** Hints a collection (so JavaCPP's deallocators run for what became unreachable), then reads. */
    static MemoryReading take() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        double heap = (runtime.totalMemory() - runtime.freeMemory()) / MB;
        double physical = Pointer.physicalBytes() / MB;
        double rss = residentKb().map(kb -> kb / 1024.0).orElse(physical);
        double nd4j = org.nd4j.linalg.factory.Nd4j.getMemoryManager().allocatedMemory(0) / MB;
        return new MemoryReading(rss, heap, Pointer.totalBytes() / MB, physical, nd4j);
    }

    /** {@code VmRSS} in kB, when {@code /proc/self/status} has it. */
    static java.util.Optional<Long> residentKb() {
        try {
            if (!Files.isReadable(STATUS)) {
                return java.util.Optional.empty();
            }
            return vmRssKb(Files.readAllLines(STATUS));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The {@code VmRSS:   123456 kB} line's number, from the lines of a {@code /proc/PID/status} file. */
    static java.util.Optional<Long> vmRssKb(List<String> status) {
        for (String line : status) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                return java.util.Optional.of(Long.parseLong(parts[0]));
            }
        }
        return java.util.Optional.empty();
    }
}
