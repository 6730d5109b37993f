from django import forms


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ".txt,.zip,text/plain,application/zip"})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        cleaned = [super(MultipleFileField, self).clean(f, initial) for f in files if f]
        if not cleaned and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return cleaned


class UploadForm(forms.Form):
    files = MultipleFileField(
        label="Articles",
        help_text="One or more .txt files, or a .zip of them.",
        # The empty-file check belongs to ingest, which reports it per file with the others.
        allow_empty_file=True,
    )
    source = forms.CharField(
        max_length=200,
        required=False,
        help_text="For files that do not name their source in front matter, e.g. “Reuters”.",
    )
    published = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="For files without a published: line in their front matter.",
    )
