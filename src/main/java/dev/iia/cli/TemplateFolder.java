package dev.iia.cli;

import dev.iia.brief.TemplateException;
import dev.iia.brief.TemplateSource;
import dev.iia.io.FileAccessException;
import dev.iia.problem.Location;
import dev.iia.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A user's template file and the folder its partials come from. A partial never leaves that folder:
 * its real path (links resolved) must be inside the folder's real path, it must be a regular file,
 * and every file is read up to {@link #MAX_TEMPLATE_BYTES} only. A name that would climb out of
 * the folder is simply not here (the built-in templates may have it).
 */
public final class TemplateFolder implements TemplateSource {
    public static final int MAX_TEMPLATE_BYTES = 256 * 1024;

    private final Path template;
    private final Path realFolder;
    private final Path shownFolder;

    private TemplateFolder(Path template, Path realFolder, Path shownFolder) {
        this.template = template;
        this.realFolder = realFolder;
        this.shownFolder = shownFolder;
    }

    /**
     * @throws FileAccessException when the template is missing or not a regular file
     */
    public static TemplateFolder of(Path template) {
        if (!Files.isRegularFile(template)) {
            throw new FileAccessException(template + ": cannot read template: " + (Files.exists(template)
                    ? "not a regular file" : "no such file"));
        }
        Path folder = template.toAbsolutePath().getParent();
        try {
            return new TemplateFolder(template, folder.toRealPath(), template.getParent() == null ? Path.of("") : template.getParent());
        } catch (IOException e) {
            throw FileAccessException.reading(folder, e);
        }
    }

    /** The name to render: the template's file name. */
    public String mainName() {
        return template.getFileName().toString();
    }

    @Override
    public Optional<TemplateText> read(String name) {
        if (name.equals(mainName())) {
            return Optional.of(new TemplateText(bounded(template, template.toString()), template.toString()));
        }
        Path relative;
        try {
            relative = Path.of(name).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (relative.isAbsolute() || relative.startsWith("..") || name.contains("\\")) {
            return Optional.empty();
        }
        Path candidate = realFolder.resolve(relative);
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String shown = shownFolder.resolve(relative).toString();
        Path real = realPath(candidate, shown);
        if (!real.startsWith(realFolder)) {
            throw new FileAccessException(shown + ": cannot read partial: it leads outside the template's folder "
                    + "(a link to another place); copy the file into the folder instead");
        }
        return Optional.of(new TemplateText(bounded(real, shown), shown));
    }

    @Override
    public String describe() {
        return shownFolder.toString().isEmpty() ? "the current folder" : shownFolder + "/";
    }

    private static Path realPath(Path candidate, String shown) {
        try {
            return candidate.toRealPath();
        } catch (NoSuchFileException e) {
            throw new FileAccessException(shown + ": cannot read partial: it is a link to nothing");
        } catch (IOException e) {
            throw FileAccessException.reading(Path.of(shown), e);
        }
    }

    /** The UTF-8 text of a regular file of at most {@link #MAX_TEMPLATE_BYTES}; a FIFO or device is never opened. */
    private static String bounded(Path file, String shown) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new FileAccessException(shown + ": cannot read template: not a regular file");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_TEMPLATE_BYTES + 1);
            }
            if (bytes.length > MAX_TEMPLATE_BYTES) {
                throw new TemplateException(new Problem(shown, Location.START, "template is larger than "
                        + (MAX_TEMPLATE_BYTES >> 10) + " kB"));
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TemplateException(new Problem(shown, Location.START, "template is not UTF-8 text"));
        } catch (IOException e) {
            throw FileAccessException.reading(Path.of(shown), e);
        }
    }
}
