'use strict';
// Django's autocomplete fields are select2 widgets. As select2 draws them, a
// screen reader gets a combobox named only by its current value, a nameless
// read-only "textbox" inside it and, for several values, a nameless search
// box and a list with a stray clear button in it. This names each part after
// the field's own label, every time select2 draws it again.
{
    const fieldLabel = (select) => {
        const label = select.id && document.querySelector(`label[for="${CSS.escape(select.id)}"]`);
        if (!label) {
            return null;
        }
        label.id = label.id || `${select.id}-label`;
        return label;
    };

    const nameWidget = (container) => {
        const select = container.previousElementSibling;
        const label = select && select.matches('select.admin-autocomplete') && fieldLabel(select);
        if (!label) {
            return;
        }
        const combobox = container.querySelector('.select2-selection');
        const rendered = container.querySelector('.select2-selection__rendered');
        if (rendered && rendered.getAttribute('role') === 'textbox') {
            rendered.removeAttribute('role');
            rendered.removeAttribute('aria-readonly');
        }
        if (combobox) {
            const value = rendered && rendered.id && rendered.tagName !== 'UL' ? ` ${rendered.id}` : '';
            combobox.setAttribute('aria-labelledby', label.id + value);
        }
        container.querySelectorAll('.select2-search__field').forEach((field) => {
            field.setAttribute('aria-labelledby', label.id);
        });
        if (rendered && rendered.tagName === 'UL') {
            // The clear-all cross is for the mouse; Backspace does the same.
            Array.from(rendered.children)
                .filter((child) => child.tagName !== 'LI')
                .forEach((child) => child.setAttribute('aria-hidden', 'true'));
        }
    };

    const nameAll = () => {
        document.querySelectorAll('select.admin-autocomplete + .select2-container').forEach(nameWidget);
    };

    let queued = false;
    const observer = new MutationObserver(() => {
        if (!queued) {
            queued = true;
            queueMicrotask(() => {
                queued = false;
                observer.disconnect();
                nameAll();
                observer.observe(document.body, {childList: true, subtree: true});
            });
        }
    });
    const start = () => {
        nameAll();
        observer.observe(document.body, {childList: true, subtree: true});
    };
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}
