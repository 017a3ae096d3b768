package org.imageledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.imageledger.command.image.ImageRefused;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.ExceptionHandler;

class CommandErrorHandlingTest {

    @Test
    void everyRefusalOfTheImageHasItsOwnStatus() {
        Set<Class<?>> refusals = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.imageledger.command.image")
                        .stream()
                        .filter(c -> c.isAssignableTo(ImageRefused.class)
                                && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                        .map(JavaClass::reflect)
                        .collect(Collectors.toSet());
        Set<Class<?>> handled = Arrays.stream(CommandErrorHandling.class.getDeclaredMethods())
                .map(method -> method.getAnnotation(ExceptionHandler.class))
                .filter(Objects::nonNull)
                .flatMap(handler -> Arrays.stream(handler.value()))
                .collect(Collectors.toSet());

        assertThat(refusals).hasSizeGreaterThan(5);
        assertThat(handled).containsAll(refusals);
    }
}
