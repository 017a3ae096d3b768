package org.imageledger.infrastructure.imagedata;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Image data as files in one directory, named by image id. An upload writes {@code .uploads/<id>.part}, fsyncs it and
 * renames it to {@code <id>}, then fsyncs the directory. For as long as it is open it holds a lock on
 * {@code .uploads/<id>.lock}; the operating system releases that lock when the process dies however it dies, which is
 * how {@link #abandoned} tells a crashed upload from one still running in another process on the same directory.
 */
public final class FileSystemImageDataStore implements ImageDataStore {

    private static final Pattern IMAGE_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,254}");
    private static final String UPLOADS = ".uploads";
    private static final String LOCK = ".lock";
    private static final String PART = ".part";

    private final Path root;
    private final Path uploads;

    public FileSystemImageDataStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.uploads = this.root.resolve(UPLOADS);
        Files.createDirectories(uploads);
    }

    @Override
    public Upload begin(String imageId) throws IOException {
        if (!IMAGE_ID.matcher(imageId).matches()) {
            throw new IllegalArgumentException("not an image id the store can name a file by: " + imageId);
        }
        FileUpload upload = hold(imageId);
        if (upload == null) {
            throw new UploadInProgress(imageId);
        }
        upload.startWriting();
        return upload;
    }

    @Override
    public SeekableByteChannel open(String location) throws IOException {
        return FileChannel.open(file(location), StandardOpenOption.READ);
    }

    @Override
    public Optional<Path> localFile(String location) {
        return Optional.of(file(location));
    }

    @Override
    public void delete(String location) throws IOException {
        Files.deleteIfExists(file(location));
    }

    @Override
    public long usableSpace() throws IOException {
        return Files.getFileStore(root).getUsableSpace();
    }

    @Override
    public List<Upload> abandoned() throws IOException {
        List<Upload> abandoned = new ArrayList<>();
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(uploads, "*" + LOCK)) {
            for (Path lock : locks) {
                String name = lock.getFileName().toString();
                FileUpload upload = hold(name.substring(0, name.length() - LOCK.length()));
                if (upload != null) {
                    abandoned.add(upload);
                }
            }
        }
        // an upload removes its partial data before its lock, so partial data without a lock has no owner
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(uploads, "*" + PART)) {
            for (Path part : parts) {
                String name = part.getFileName().toString();
                if (!Files.exists(uploads.resolve(name.substring(0, name.length() - PART.length()) + LOCK))) {
                    Files.deleteIfExists(part);
                }
            }
        }
        return abandoned;
    }

    /** The image's upload, now held by this process; null when a live upload holds it. */
    private FileUpload hold(String imageId) throws IOException {
        Path lockFile = uploads.resolve(imageId + LOCK);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return new FileUpload(imageId, lockFile, channel);
    }

    private Path file(String location) {
        Path file = Path.of(URI.create(location)).normalize();
        if (!root.equals(file.getParent())) {
            throw new IllegalArgumentException("not a location of this store: " + location);
        }
        return file;
    }

    private final class FileUpload implements Upload {
        private final String imageId;
        private final Path lockFile;
        private final FileChannel lock;
        private final Path part;
        private final Path target;
        private FileChannel data;
        private boolean left;

        FileUpload(String imageId, Path lockFile, FileChannel lock) {
            this.imageId = imageId;
            this.lockFile = lockFile;
            this.lock = lock;
            this.part = uploads.resolve(imageId + PART);
            this.target = root.resolve(imageId);
        }

        void startWriting() throws IOException {
            data = FileChannel.open(
                    part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        }

        @Override
        public String imageId() {
            return imageId;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            ByteBuffer bytes = ByteBuffer.wrap(buffer, offset, length);
            while (bytes.hasRemaining()) {
                data.write(bytes);
            }
        }

        @Override
        public String commit() throws IOException {
            data.force(true);
            data.close();
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel directory = FileChannel.open(root, StandardOpenOption.READ)) {
                directory.force(true);
            }
            return target.toUri().toString();
        }

        @Override
        public void discard() throws IOException {
            if (data != null) {
                data.close();
            }
            Files.deleteIfExists(part);
            Files.deleteIfExists(target);
        }

        @Override
        public void leave() {
            left = true;
        }

        @Override
        public void close() throws IOException {
            if (left) {
                lock.close();
                return;
            }
            try {
                if (data != null) {
                    data.close();
                }
                Files.deleteIfExists(part);
                Files.deleteIfExists(lockFile);
            } finally {
                lock.close(); // releases the lock
            }
        }
    }
}
